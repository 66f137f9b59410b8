//! Turns the data tables the plugin looks words up in into a form it reads at run time without
//! parsing: the FNV-1a hashes of the names, sorted, with their values, as little-endian bytes.
//!
//! - `data/model.tsv` (what `examples/train.rs` writes, readable and diffable): `model.keys`
//!   (u64 each), `model.values` (three f32 each: negative, neutral, positive), `model.buckets`;
//! - `data/vader.txt` (word valences): `vader.keys`, `vader.values` (one f32 each),
//!   `vader.buckets`;
//! - `data/connotation.txt` (news connotation of words, same form): `connotation.keys`,
//!   `connotation.values`, `connotation.buckets`.
//!
//! `*.buckets` holds, for each value of the top 16 bits of a hash, the index of its first key
//! (u32), and one more entry for the end. Two names with the same hash stop the build.

use std::io::Write;

include!("src/fnv.rs");

fn main() {
    println!("cargo:rerun-if-changed=data/model.tsv");
    println!("cargo:rerun-if-changed=data/vader.txt");
    println!("cargo:rerun-if-changed=data/connotation.txt");
    println!("cargo:rerun-if-changed=src/fnv.rs");
    let model = std::fs::read_to_string("data/model.tsv").expect("data/model.tsv");
    let rows = model
        .lines()
        .filter_map(|line| {
            let mut fields = line.split('\t');
            let name = fields.next()?;
            let mut w = vec![0f32; 3];
            for slot in &mut w {
                *slot = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0.0);
            }
            Some((name, w))
        })
        .collect();
    table("model", rows, 3);
    // As the plugin read it: comment lines out, `WORD <TAB> VALENCE`, unreadable lines skipped.
    let vader = std::fs::read_to_string("data/vader.txt").expect("data/vader.txt");
    table("vader", word_values(&vader), 1);
    let connotation =
        std::fs::read_to_string("data/connotation.txt").expect("data/connotation.txt");
    table("connotation", word_values(&connotation), 1);
}

/// The rows of a `WORD <TAB> VALUE` list: comment lines out, unreadable lines skipped.
fn word_values(text: &str) -> Vec<(&str, Vec<f32>)> {
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| {
            let (word, value) = l.split_once('\t')?;
            Some((word, vec![value.trim().parse::<f32>().ok()?]))
        })
        .collect()
}

fn table(name: &str, rows: Vec<(&str, Vec<f32>)>, width: usize) {
    let mut rows: Vec<(u64, Vec<f32>, &str)> = rows
        .into_iter()
        .map(|(n, v)| (fnv1a(n.as_bytes()), v, n))
        .collect();
    rows.sort_by_key(|r| r.0);
    // A later line with the same name replaced an earlier one when the table was a hash map.
    let mut kept: Vec<(u64, Vec<f32>, &str)> = Vec::with_capacity(rows.len());
    for row in rows {
        match kept.last_mut() {
            Some(last) if last.0 == row.0 => {
                assert!(
                    last.2 == row.2,
                    "{:?} and {:?} have the same hash",
                    last.2,
                    row.2
                );
                *last = row;
            }
            _ => kept.push(row),
        }
    }
    let out = std::env::var("OUT_DIR").expect("OUT_DIR");
    let mut keys = Vec::with_capacity(kept.len() * 8);
    let mut values = Vec::with_capacity(kept.len() * 4 * width);
    for (k, v, _) in &kept {
        assert_eq!(v.len(), width);
        keys.extend_from_slice(&k.to_le_bytes());
        for x in v {
            values.extend_from_slice(&x.to_le_bytes());
        }
    }
    let mut buckets = Vec::with_capacity((1 << 16) * 4 + 4);
    let mut index = 0usize;
    for bucket in 0..=(1u64 << 16) {
        while kept.get(index).is_some_and(|k| (k.0 >> 48) < bucket) {
            index += 1;
        }
        buckets.extend_from_slice(&(index as u32).to_le_bytes());
    }
    let write = |suffix: &str, bytes: &[u8]| {
        let path = std::path::Path::new(&out).join(format!("{name}.{suffix}"));
        let mut f = std::fs::File::create(&path).expect("create");
        f.write_all(bytes).expect("write");
    };
    write("keys", &keys);
    write("values", &values);
    write("buckets", &buckets);
}
