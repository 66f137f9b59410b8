use crate::error::{CallError, LoadError};
use analyze_protocol::abi::{
    library_name, probe_symbol, vtable_symbol, PluginVTable, ProbeFn, RawBuffer, VTableFn,
};
use analyze_protocol::{
    Block, Findings, PluginInfo, Reply, ReplyResult, RequestRef, ABI_VERSION, API_VERSION,
};
use std::fmt;
use std::path::{Path, PathBuf};

/// Where a plugin's code came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// A shared library loaded at run time.
    Library(PathBuf),
    /// A function table linked into this process (tests and embedders).
    Linked,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Origin::Library(path) => write!(f, "{}", path.display()),
            Origin::Linked => write!(f, "linked in"),
        }
    }
}

/// A loaded, checked plugin.
pub struct Plugin {
    pub info: PluginInfo,
    pub origin: Origin,
    vtable: &'static PluginVTable,
}

impl fmt::Debug for Plugin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Plugin")
            .field("info", &self.info)
            .field("origin", &self.origin)
            .finish()
    }
}

impl Plugin {
    /// Loads the library at `path` and checks that it is a plugin this host can talk to.
    pub fn load(path: &Path) -> Result<Plugin, LoadError> {
        // SAFETY: loading a library runs its initialisers. Plugins are trusted native code
        // (docs/writing-plugins.md says so); the host loads only from configured directories and
        // explicit paths, and refuses world-writable directories.
        let library = unsafe { libloading::Library::new(path) }.map_err(|e| LoadError::Open {
            path: path.to_owned(),
            message: e.to_string(),
        })?;
        // Never unloaded: see the crate invariants.
        let library: &'static libloading::Library = Box::leak(Box::new(library));

        let name = library_name(&path.file_name().unwrap_or_default().to_string_lossy()).to_owned();
        let missing = |symbol: String| LoadError::MissingSymbol {
            path: path.to_owned(),
            symbol,
        };
        // SAFETY: the symbol's type is fixed by the ABI (analyze-protocol::abi); the probe has no
        // arguments and only returns a constant.
        let probe = unsafe { library.get::<ProbeFn>(probe_symbol(&name).as_bytes()) }
            .map_err(|_| missing(probe_symbol(&name)))?;
        // SAFETY: as above.
        let version = unsafe { probe() };
        if version != ABI_VERSION {
            return Err(LoadError::AbiMismatch {
                path: path.to_owned(),
                plugin: version,
                host: ABI_VERSION,
            });
        }
        // SAFETY: the probe confirmed the library speaks our ABI, which fixes this symbol's type.
        let get_vtable = unsafe { library.get::<VTableFn>(vtable_symbol(&name).as_bytes()) }
            .map_err(|_| missing(vtable_symbol(&name)))?;
        // SAFETY: as above; the table is a static inside the never-unloaded library.
        let vtable =
            unsafe { get_vtable().as_ref() }.ok_or_else(|| missing(vtable_symbol(&name)))?;
        Plugin::from_vtable(vtable, Origin::Library(path.to_owned()))
    }

    /// Wraps a function table that lives for the whole process: one from a loaded library, or
    /// one of a plugin linked into this binary (`my_plugin::__analyze_plugin_exports::vtable()`).
    pub fn from_vtable(vtable: &'static PluginVTable, origin: Origin) -> Result<Plugin, LoadError> {
        let path = match &origin {
            Origin::Library(path) => path.clone(),
            Origin::Linked => PathBuf::from("<linked>"),
        };
        if vtable.abi_version != ABI_VERSION {
            return Err(LoadError::AbiMismatch {
                path,
                plugin: vtable.abi_version,
                host: ABI_VERSION,
            });
        }
        // SAFETY: `info` takes no arguments; the returned buffer is freed by the same table.
        let bytes = unsafe { take_buffer(vtable, (vtable.info)()) };
        let info: PluginInfo = serde_json::from_slice(&bytes).map_err(|e| LoadError::BadInfo {
            path: path.clone(),
            message: e.to_string(),
        })?;
        check_info(&info).map_err(|problem| match problem {
            InfoProblem::Api(plugin) => LoadError::ApiMismatch {
                path: path.clone(),
                name: info.name.clone(),
                plugin,
                host: API_VERSION,
            },
            InfoProblem::Name(message) => LoadError::BadInfo {
                path: path.clone(),
                message,
            },
        })?;
        Ok(Plugin {
            info,
            origin,
            vtable,
        })
    }

    pub fn name(&self) -> &str {
        &self.info.name
    }

    /// Runs the plugin on one request. Spans are not checked here; see [`crate::run_document`].
    pub fn call(&self, request: &RequestRef) -> Result<(Findings, Vec<Block>), CallError> {
        let bytes = serde_json::to_vec(request)
            .map_err(|e| CallError::Failed(format!("cannot serialize request: {e}")))?;
        self.call_json(&bytes)
    }

    /// Runs the plugin on a request already written as JSON.
    pub(crate) fn call_json(&self, bytes: &[u8]) -> Result<(Findings, Vec<Block>), CallError> {
        // SAFETY: `bytes` outlives the call; the reply buffer is read in place (a copy of a
        // large reply cost as much as a small analysis) and freed by the same table.
        unsafe {
            read_buffer(
                self.vtable,
                (self.vtable.analyze)(bytes.as_ptr(), bytes.len()),
                parse_reply,
            )
        }
    }
}

/// What is wrong with a plugin's description of itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InfoProblem {
    /// It speaks this other API version.
    Api(u32),
    /// Its name is unusable; the message says why.
    Name(String),
}

/// Checks a plugin's description of itself: our API version and a usable name. An SDK that
/// could not build the analyzer reports why in `description`, with an empty name.
pub fn check_info(info: &PluginInfo) -> Result<(), InfoProblem> {
    if info.api_version != API_VERSION {
        return Err(InfoProblem::Api(info.api_version));
    }
    if !valid_name(&info.name) {
        return Err(InfoProblem::Name(
            if info.name.is_empty() && !info.description.is_empty() {
                info.description.clone()
            } else {
                format!(
                    "plugin name {:?} is not lowercase letters, digits, `-` and `_`",
                    info.name
                )
            },
        ));
    }
    Ok(())
}

/// Reads a plugin's JSON reply: its findings and presentation, or the error it reported.
pub fn parse_reply(bytes: &[u8]) -> Result<(Findings, Vec<Block>), CallError> {
    // Checked as UTF-8 once, a reply is read as text: reading it as bytes checks every string
    // and the raw findings again. Bytes that are not UTF-8 are read as bytes, for serde's message.
    let reply: Result<Reply<Findings>, _> = match std::str::from_utf8(bytes) {
        Ok(text) => serde_json::from_str(text),
        Err(_) => serde_json::from_slice(bytes),
    };
    let reply = reply.map_err(|e| CallError::Malformed(e.to_string()))?;
    if reply.api_version != API_VERSION {
        return Err(CallError::Malformed(format!(
            "reply has API version {}, the host speaks {API_VERSION}",
            reply.api_version
        )));
    }
    match reply.result {
        ReplyResult::Ok {
            findings,
            presentation,
        } => Ok((findings, presentation)),
        ReplyResult::Error { message } => Err(CallError::Failed(message)),
    }
}

/// Reads a buffer the plugin returned with `read`, then hands it back to the plugin's `free`.
///
/// # Safety
/// `buffer` must have just been returned by a function of `vtable`.
unsafe fn read_buffer<T>(
    vtable: &PluginVTable,
    buffer: RawBuffer,
    read: impl FnOnce(&[u8]) -> T,
) -> T {
    let result = if buffer.ptr.is_null() {
        read(&[])
    } else {
        // SAFETY: the plugin promises `len` initialised bytes at `ptr` until it is freed, which
        // happens only after `read` returns (it cannot keep the borrow).
        read(unsafe { std::slice::from_raw_parts(buffer.ptr, buffer.len) })
    };
    // SAFETY: the buffer came from this table and is freed exactly once.
    unsafe { (vtable.free)(buffer) };
    result
}

/// Copies a buffer the plugin returned and hands it back to the plugin's `free`.
///
/// # Safety
/// `buffer` must have just been returned by a function of `vtable`.
unsafe fn take_buffer(vtable: &PluginVTable, buffer: RawBuffer) -> Vec<u8> {
    let bytes = if buffer.ptr.is_null() {
        Vec::new()
    } else {
        // SAFETY: the plugin promises `len` initialised bytes at `ptr` until it is freed.
        unsafe { std::slice::from_raw_parts(buffer.ptr, buffer.len) }.to_vec()
    };
    // SAFETY: the buffer came from this table and is freed exactly once.
    unsafe { (vtable.free)(buffer) };
    bytes
}

fn valid_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}
