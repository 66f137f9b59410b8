use crate::error::{CallError, LoadError};
use analyze_protocol::abi::{
    library_name, probe_symbol, vtable_symbol, PluginVTable, ProbeFn, RawBuffer, VTableFn,
};
use analyze_protocol::{
    Block, Findings, PluginInfo, Reply, ReplyResult, RequestRef, ABI_VERSION, API_VERSION,
};
use std::cell::RefCell;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU8, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

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
    /// Calls abandoned at the time limit that are still running.
    stuck: Arc<AtomicUsize>,
}

/// Abandoned calls of one plugin that may run at once; past it, the plugin is not called again
/// with a time limit, so that a plugin stuck on every document does not pile up threads.
pub const MAX_STUCK_CALLS: usize = 4;

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
            stuck: Arc::default(),
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
        analyze_call(self.vtable, bytes)
    }

    /// Runs the plugin on a request already written as JSON, on a thread of its own, and waits
    /// at most `limit` for the reply. A call that takes longer is abandoned: its thread runs on
    /// (nothing can stop native code safely) until it returns or the process exits, and this
    /// calling thread gets a fresh call thread next time. Abandoning is safe because a library
    /// is never unloaded and the abandoned thread owns everything it reads. Once
    /// [`MAX_STUCK_CALLS`] abandoned calls of the plugin are still running, it is not called.
    pub(crate) fn call_json_within(
        &self,
        bytes: Vec<u8>,
        limit: Duration,
    ) -> Result<(Findings, Vec<Block>), CallError> {
        let stuck = self.stuck.load(Ordering::Relaxed);
        if stuck >= MAX_STUCK_CALLS {
            return Err(CallError::TooManyStuck(stuck));
        }
        CALL_THREAD.with(|slot| {
            let mut slot = slot.borrow_mut();
            let thread = match slot.take() {
                Some(thread) => thread,
                None => CallThread::start()?,
            };
            // A call thread that stopped (it cannot, short of a panic outside the plugin) is
            // dropped here, and the next call starts a fresh one.
            let stopped = || {
                CallError::Failed("the thread running the plugin stopped without a reply".into())
            };
            let state = Arc::new(AtomicU8::new(RUNNING));
            thread
                .requests
                .send((
                    self.vtable,
                    Arc::clone(&self.stuck),
                    Arc::clone(&state),
                    bytes,
                ))
                .map_err(|_| stopped())?;
            match thread.replies.recv_timeout(limit) {
                Ok(reply) => {
                    *slot = Some(thread);
                    reply
                }
                Err(mpsc::RecvTimeoutError::Timeout) => {
                    // Counted before it is settled, so that the call thread's uncounting never
                    // comes first.
                    self.stuck.fetch_add(1, Ordering::AcqRel);
                    match state.compare_exchange(
                        RUNNING,
                        ABANDONED,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    ) {
                        // Dropping `thread` closes its request queue: once the call returns, if
                        // ever, the thread uncounts it and ends.
                        Ok(_) => Err(CallError::TimedOut(limit)),
                        // The reply came as the limit passed: it is on its way.
                        Err(_) => {
                            self.stuck.fetch_sub(1, Ordering::AcqRel);
                            let reply = thread.replies.recv().map_err(|_| stopped())?;
                            *slot = Some(thread);
                            reply
                        }
                    }
                }
                Err(mpsc::RecvTimeoutError::Disconnected) => Err(stopped()),
            }
        })
    }
}

/// Calls `analyze` of `vtable` on a request written as JSON and reads the reply.
fn analyze_call(vtable: &PluginVTable, bytes: &[u8]) -> Result<(Findings, Vec<Block>), CallError> {
    // SAFETY: `bytes` outlives the call; the reply buffer is read in place (a copy of a
    // large reply cost as much as a small analysis) and freed by the same table.
    unsafe {
        read_buffer(
            vtable,
            (vtable.analyze)(bytes.as_ptr(), bytes.len()),
            parse_reply,
        )
    }
}

type CallReply = Result<(Findings, Vec<Block>), CallError>;

/// A thread that runs plugin calls for one calling thread, one at a time, so that the caller
/// can stop waiting for one. Started on the first call with a time limit, kept for the next.
struct CallThread {
    requests: mpsc::Sender<CallRequest>,
    replies: mpsc::Receiver<CallReply>,
}

/// A call for a [`CallThread`]: the plugin's table, its count of stuck calls, where the call
/// stands, the request.
type CallRequest = (
    &'static PluginVTable,
    Arc<AtomicUsize>,
    Arc<AtomicU8>,
    Vec<u8>,
);

/// Where a call handed to a call thread stands; the caller (at its time limit) and the call
/// thread (when the call returns) race to settle it.
const RUNNING: u8 = 0;
const ANSWERED: u8 = 1;
const ABANDONED: u8 = 2;

impl CallThread {
    fn start() -> Result<CallThread, CallError> {
        let (requests, calls) = mpsc::channel::<CallRequest>();
        let (answer, replies) = mpsc::channel();
        std::thread::Builder::new()
            .name("analyze-plugin-call".to_owned())
            .spawn(move || {
                for (vtable, stuck, state, bytes) in calls {
                    let reply = analyze_call(vtable, &bytes);
                    let settled = state.compare_exchange(
                        RUNNING,
                        ANSWERED,
                        Ordering::AcqRel,
                        Ordering::Acquire,
                    );
                    if settled.is_err() {
                        // The caller gave up on this call, counted it stuck and left.
                        stuck.fetch_sub(1, Ordering::AcqRel);
                        break;
                    }
                    if answer.send(reply).is_err() {
                        break;
                    }
                }
            })
            .map_err(|e| CallError::Failed(format!("cannot start a thread for the call: {e}")))?;
        Ok(CallThread { requests, replies })
    }
}

thread_local! {
    /// The call thread of this thread, if it has made a call with a time limit.
    static CALL_THREAD: RefCell<Option<CallThread>> = const { RefCell::new(None) };
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
