//! Prints each figure of the given files with some context, one per line, for reviewing errors:
//! `cargo run -p analyze-plugin-figures --example context -- FILE... [--kind number]`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let kind = args
        .iter()
        .position(|a| a == "--kind")
        .and_then(|k| args.get(k + 1))
        .cloned();
    for path in args
        .iter()
        .filter(|a| !a.starts_with("--") && Some(*a) != kind.as_ref())
    {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        for f in analyze_plugin_figures::findings(&text).unwrap_or_default() {
            if kind.as_deref().is_some_and(|k| k != f.kind) {
                continue;
            }
            let mut a = f.span.start.saturating_sub(40);
            while !text.is_char_boundary(a) {
                a -= 1;
            }
            let mut b = (f.span.end + 40).min(text.len());
            while !text.is_char_boundary(b) {
                b += 1;
            }
            let before = text[a..f.span.start].replace('\n', " ");
            let after = text[f.span.end..b].replace('\n', " ");
            println!(
                "{:8} {:>40}[[{}]]{:<40}",
                f.kind, before, f.span.text, after
            );
        }
    }
}
