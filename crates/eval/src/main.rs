//! `analyze-eval`: scores the plugins on the public annotated data in `../shared/data`.

mod actors;
mod bench;
mod engine;
mod figures;
mod quotes;
mod score;
mod stance;
mod timeline;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Host and plugins allocate a string or a vector for every token, finding, block and request;
/// mimalloc does that in fewer instructions than glibc. Its `override` feature (Cargo.toml) makes
/// this binary export `malloc` and `free`, which the plugin libraries' calls then resolve to, so
/// every allocation in the process goes through the same allocator (glibc supports replacing
/// malloc this way) and a buffer is still freed by the allocator that made it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Scores the analyze plugins on public annotated news data and prints the figures as Markdown.
#[derive(Debug, Parser)]
#[command(name = "analyze-eval")]
struct Cli {
    /// Folder of the evaluation data sets
    #[arg(long, default_value = "../shared/data", global = true)]
    data: PathBuf,
    /// Look for plugins here first (default: beside this binary)
    #[arg(long = "plugin-dir", global = true)]
    plugin_dir: Option<PathBuf>,
    /// Limit the number of documents or examples per data set (0: all)
    #[arg(long, default_value_t = 0, global = true)]
    limit: usize,
    #[command(subcommand)]
    task: Task,
}

#[derive(Debug, Clone, Subcommand)]
enum Task {
    /// Actor coverage of PolNeAR attribution sources
    Actors,
    /// Quotes against PolNeAR speech attributions
    Quotes,
    /// Figures against Recognizers-Text number specs and quantulum3
    Figures,
    /// Time expressions and events against TimeBank/AQUAINT and Recognizers-Text DateTime
    Timeline,
    /// Stance against directed-sentiment and NewsMTSC
    Stance,
    /// Every task above
    All,
    /// Throughput of the plugins on the fixture articles (a benchmark; use a release build)
    Bench {
        /// Folders of `.txt` articles: the project's fixtures and the example article, which
        /// lives beside the clone and is not copied into it
        #[arg(
            long,
            value_delimiter = ',',
            default_values = ["tests/fixtures", "../shared/examples"]
        )]
        fixtures: Vec<PathBuf>,
        /// How many times to run over the articles
        #[arg(long, default_value_t = 200)]
        rounds: usize,
        /// Join the articles into one long article (longer texts show per-byte costs; short
        /// ones show per-call costs)
        #[arg(long)]
        joined: bool,
        /// Time only these plugins (their requirements still run once to feed them); `all`
        /// for the whole pipeline end to end; `interleaved` for the plugins alone, one call of
        /// each in turn; `batch` for the pipeline plugin by plugin over batches of copies
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    let engine = engine::Engine::load(cli.plugin_dir.as_deref())?;
    let options = engine::Options {
        data: cli.data.clone(),
        limit: cli.limit,
    };
    let tasks = match cli.task {
        Task::All => vec![
            Task::Actors,
            Task::Quotes,
            Task::Figures,
            Task::Timeline,
            Task::Stance,
        ],
        task => vec![task],
    };
    for task in tasks {
        let text = match &task {
            Task::Bench {
                fixtures,
                rounds,
                joined,
                only,
            } => bench::run(
                &engine,
                &options,
                &bench::Setup {
                    fixtures,
                    rounds: *rounds,
                    joined: *joined,
                    only,
                },
            )?,
            Task::Actors => actors::run(&engine, &options)?,
            Task::Quotes => quotes::run(&engine, &options)?,
            Task::Figures => figures::run(&engine, &options)?,
            Task::Timeline => timeline::run(&engine, &options)?,
            Task::Stance => stance::run(&engine, &options)?,
            Task::All => continue,
        };
        println!("{text}");
    }
    Ok(())
}
