//! Prints the figures of a text file (or of each line with `--lines`) compactly, for inspection:
//! `cargo run -p analyze-plugin-figures --example dump -- FILE [--lines]`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: dump FILE [--lines]");
        return;
    };
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let texts: Vec<&str> = if args.iter().any(|a| a == "--lines") {
        text.lines().collect()
    } else {
        vec![&text]
    };
    for text in texts {
        if texts_len(text) {
            println!("> {text}");
        }
        match analyze_plugin_figures::findings(text) {
            Ok(found) => {
                for f in found {
                    let opt = |v: &Option<serde_json::Value>| {
                        v.as_ref().map_or("-".to_owned(), |v| v.to_string())
                    };
                    println!(
                        "  {:9} {:30} v={} lo={} hi={} unit={} q={} ch={} subj={}",
                        f.kind,
                        format!("{:?}", f.span.text),
                        opt(&f.value),
                        opt(&f.low),
                        opt(&f.high),
                        f.unit.as_deref().unwrap_or("-"),
                        f.qualifier.unwrap_or("-"),
                        f.change.unwrap_or("-"),
                        f.subject.as_ref().map_or("-", |s| s.text.as_str()),
                    );
                }
            }
            Err(e) => println!("  error: {e}"),
        }
    }
}

fn texts_len(text: &str) -> bool {
    !text.trim().is_empty()
}
