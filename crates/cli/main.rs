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

/// Host and plugins allocate a string or a vector for every token, finding, block and request;
/// mimalloc does that in fewer instructions than glibc. Its `override` feature (Cargo.toml) makes
/// this binary export `malloc` and `free`, which the plugin libraries' calls then resolve to, so
/// every allocation in the process goes through the same allocator (glibc supports replacing
/// malloc this way) and a buffer is still freed by the allocator that made it.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

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
        Some(args::Command::Plugins(command)) => {
            // Not refused: a shell alias may carry analysis options into `analyze plugins`.
            let ignored = cli.run.given();
            if !ignored.is_empty() {
                eprintln!(
                    "warning: `plugins` does not analyze, so it ignores {}",
                    ignored.join(", ")
                );
            }
            plugins::command(cli.common, command)
        }
        None => run::command(&cli.common, &cli.run),
    }
}

#[cfg(test)]
mod tests {
    use std::ffi::c_void;

    extern "C" {
        // The C `malloc` and `free` as any library in this process calls them.
        fn malloc(size: usize) -> *mut c_void;
        fn free(pointer: *mut c_void);
        // mimalloc's own: whether its heap holds this pointer.
        fn mi_is_in_heap_region(pointer: *const c_void) -> bool;
    }

    /// The plugins do not see the global allocator, only `malloc`: it must be mimalloc's (the
    /// `override` feature), or their allocations go back to glibc's.
    #[test]
    fn malloc_is_mimallocs() {
        // SAFETY: a plain allocation, checked and freed by the same allocator.
        let inside = unsafe {
            let pointer = malloc(64);
            assert!(!pointer.is_null());
            let inside = mi_is_in_heap_region(pointer);
            free(pointer);
            inside
        };
        assert!(inside, "malloc does not allocate in mimalloc's heap");
    }
}
