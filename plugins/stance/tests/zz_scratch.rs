mod common;
use common::*;
#[test]
fn scratch() {
    for (t, n) in [
        ("Asked about Wilder's criticism, Kent said she would not be drawn into personal attacks.", &["Wilder", "Kent"][..]),
        ("The strike was condemned by business groups.", &["business groups"][..]),
        ("The bill was also criticised by the Local Government Association, which said councils had not been consulted.", &["the Local Government Association"][..]),
        ("Wilder was criticised by some MPs for a speech last month.", &["Wilder", "some MPs"][..]),
        ("The ruling was praised by civil rights groups across the South.", &["civil rights groups"][..]),
        ("China on Monday accused Australia of protectionism after Canberra imposed tariffs.", &["China", "Australia", "Canberra"][..]),
        ("Shaw blamed the operator for the walkout.", &["Shaw"][..]),
        ("Sirko thanked the EU for its support.", &["Sirko", "the EU"][..]),
        ("The Greens rejected the bill outright.", &["The Greens"][..]),
        ("He praised the backbenchers who had backed the measure despite pressure.", &["He"][..]),
        ("Caldwell praised the backbenchers who had backed the measure despite pressure.", &["Caldwell"][..]),
        ("The Labour mayor of Greater Manchester, Andy Burns, backed the strikers.", &["Greater Manchester", "Andy Burns"][..]),
        ("Bazsa denied that Budapest was siding with Moscow.", &["Bazsa", "Budapest", "Moscow"][..]),
    ] {
        println!("== {t}\n{}", dump(t, n));
    }
}
