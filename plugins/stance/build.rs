//! Turns `data/model.tsv` (what `examples/train.rs` writes, readable and diffable) into the form
//! the plugin reads at run time without parsing: the FNV-1a hashes of the feature names, sorted,
//! and their weights, as little-endian bytes (`model.keys`: u64 each; `model.weights`: three f32
//! each; `model.buckets`: for each value of the top 16 bits, the index of its first key, u32). Two feature names with the same hash stop the build.

use std::io::Write;

include!("src/fnv.rs");

fn main() {
    println!("cargo:rerun-if-changed=data/model.tsv");
    println!("cargo:rerun-if-changed=src/fnv.rs");
    let text = std::fs::read_to_string("data/model.tsv").expect("data/model.tsv");
    let mut rows: Vec<(u64, [f32; 3], &str)> = Vec::new();
    for line in text.lines() {
        let mut fields = line.split('\t');
        let Some(name) = fields.next() else { continue };
        let mut w = [0f32; 3];
        for slot in &mut w {
            *slot = fields.next().and_then(|f| f.parse().ok()).unwrap_or(0.0);
        }
        rows.push((fnv1a(name.as_bytes()), w, name));
    }
    rows.sort_by_key(|r| r.0);
    // A later line with the same name replaced an earlier one when the model was a hash map.
    let mut kept: Vec<(u64, [f32; 3], &str)> = Vec::with_capacity(rows.len());
    for row in rows {
        match kept.last_mut() {
            Some(last) if last.0 == row.0 => {
                assert!(
                    last.2 == row.2,
                    "features {:?} and {:?} have the same hash",
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
    let mut weights = Vec::with_capacity(kept.len() * 12);
    for (k, w, _) in &kept {
        keys.extend_from_slice(&k.to_le_bytes());
        for x in w {
            weights.extend_from_slice(&x.to_le_bytes());
        }
    }
    let write = |name: &str, bytes: &[u8]| {
        let path = std::path::Path::new(&out).join(name);
        let mut f = std::fs::File::create(&path).expect("create");
        f.write_all(bytes).expect("write");
    };
    // Where the keys of each value of the top 16 bits start, and one more entry for the end.
    let mut buckets = Vec::with_capacity((1 << 16) * 4 + 4);
    let mut index = 0usize;
    for bucket in 0..=(1u64 << 16) {
        while kept.get(index).is_some_and(|k| (k.0 >> 48) < bucket) {
            index += 1;
        }
        buckets.extend_from_slice(&(index as u32).to_le_bytes());
    }
    write("model.buckets", &buckets);
    write("model.keys", &keys);
    write("model.weights", &weights);
}
