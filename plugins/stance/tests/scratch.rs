mod common;
use common::*;
#[test]
fn scratch() {
    for line in std::fs::read_to_string("/tmp/s7/scratch.txt")
        .unwrap()
        .lines()
    {
        let mut parts = line.split(" | ");
        let text = parts.next().unwrap();
        let names: Vec<&str> = parts.collect();
        println!("{text}\n{}\n", dump(text, &names));
    }
}
