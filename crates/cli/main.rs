//! `analyze`: reads news articles and reports who said what, who stands where, the numbers and
//! the timeline, through plugins loaded at run time.

mod args;
mod config;
mod input;
mod new_plugin;
mod plugins;
mod run;

use anyhow::Result;
use clap::Parser;
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = args::Cli::parse();
    match dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

fn dispatch(cli: args::Cli) -> Result<ExitCode> {
    match cli.command {
        Some(args::Command::Plugins(command)) => plugins::command(&cli.common, command),
        Some(args::Command::Plugin(args::PluginAction::New { name, path, sdk })) => {
            new_plugin::command(&name, path.as_deref(), sdk.as_deref())
        }
        None => run::command(&cli.common, &cli.run),
    }
}
