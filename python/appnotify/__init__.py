# SPDX-License-Identifier: MIT
"""Check and render Power Apps in-app notifications (SendAppNotification payloads).

    >>> import appnotify
    >>> r = appnotify.validate('{"Title": "Hi", "Recipient": "/systemusers(0a9f62a8-90df-e311-9565-a45d36fc5fe8)"}')
    >>> r.valid, r.dialect, r.diagnostics
    (True, 'action', ())

Errors are values: a payload's problems are diagnostics, never exceptions. Only arguments the
functions cannot take raise (TypeError for a wrong type, ValueError for a wrong value, such as an
unusable organization URL). Texts may be str or bytes; offsets count bytes of their UTF-8.

A ctypes binding of appnotify's C API (include/appnotify/appnotify.h). The library is the one
built into the package, or the one the environment variable APPNOTIFY_C_LIBRARY names.
See docs/python.md.
"""
import ctypes
import ctypes.util
import difflib
import functools
import os
import sys
import threading
from typing import Iterable, NamedTuple, Optional, Tuple, Union

__all__ = [
    "codes",
    "Diagnostic",
    "Rendered",
    "ValidationResult",
    "render_card",
    "render_markdown",
    "resolve_link",
    "validate",
    "version",
]

Text = Union[str, bytes, bytearray, memoryview]
Codes = Union[str, Iterable[str]]

# --- the C API -----------------------------------------------------------------------------------

_STATUS_OK, _STATUS_INVALID, _STATUS_BAD_ARGUMENT, _STATUS_OUT_OF_MEMORY = 0, 1, 2, 3
_DIALECTS = {"auto": 0, "action": 1, "record": 2, "push": 3, "graph": 4}
# What validate() says of a payload whose dialect it could not recognize, as the CLI does.
_DIALECT_NAMES = {number: name for name, number in _DIALECTS.items() if name != "auto"}
_FORMATS = {"html": 0, "text": 1, "ansi": 2}


class _String(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("length", ctypes.c_size_t)]


class _OwnedString(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("length", ctypes.c_size_t)]


class _Options(ctypes.Structure):
    _fields_ = [
        ("dialect", ctypes.c_int),
        ("format", ctypes.c_int),
        ("org_url", _String),
        ("app_id", _String),
        ("app_name", _String),
        ("wrap_width", ctypes.c_size_t),
        ("plain_links", ctypes.c_int),
        ("ignore_codes", ctypes.POINTER(_String)),
        ("ignore_count", ctypes.c_size_t),
        ("error_codes", ctypes.POINTER(_String)),
        ("error_count", ctypes.c_size_t),
        ("warning_codes", ctypes.POINTER(_String)),
        ("warning_count", ctypes.c_size_t),
    ]


class _Diagnostic(ctypes.Structure):
    _fields_ = [
        ("code", _String),
        ("severity", ctypes.c_int),
        ("path", _String),
        ("message", _String),
        ("offset", ctypes.c_size_t),
        ("line", ctypes.c_size_t),
        ("column", ctypes.c_size_t),
        ("end_offset", ctypes.c_size_t),
        ("end_line", ctypes.c_size_t),
        ("end_column", ctypes.c_size_t),
    ]


def _library_candidates():
    named = os.environ.get("APPNOTIFY_C_LIBRARY")
    if named:
        return [named]
    here = os.path.dirname(os.path.abspath(__file__))
    bundled = [os.path.join(here, name) for name in sorted(os.listdir(here)) if name.startswith(("libappnotify_c.", "appnotify_c."))]
    system = ctypes.util.find_library("appnotify_c")
    return bundled + ([system] if system else [])


def _load():
    errors = []
    for path in _library_candidates():
        try:
            return ctypes.CDLL(path)
        except OSError as error:
            errors.append("%s: %s" % (path, error))
    raise ImportError(
        "appnotify: libappnotify_c was not found (%s); install the package with "
        "`pip install --no-build-isolation ./python`, or set APPNOTIFY_C_LIBRARY to the library's path"
        % ("; ".join(errors) or "not built into the package, not on the system")
    )


_lib = _load()
_result_p = ctypes.c_void_p
_text_call = [_result_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_Options), ctypes.POINTER(_OwnedString)]
for _name, _restype, _argtypes in [
    ("appnotify_version", ctypes.c_char_p, []),
    ("appnotify_code_name", ctypes.c_char_p, [ctypes.c_size_t]),
    ("appnotify_result_new", _result_p, []),
    ("appnotify_result_free", None, [_result_p]),
    ("appnotify_validate", ctypes.c_int, [_result_p, ctypes.c_char_p, ctypes.c_size_t, ctypes.POINTER(_Options)]),
    ("appnotify_result_dialect", ctypes.c_int, [_result_p]),
    ("appnotify_diagnostic_count", ctypes.c_size_t, [_result_p]),
    ("appnotify_diagnostic_at", ctypes.c_int, [_result_p, ctypes.c_size_t, ctypes.POINTER(_Diagnostic)]),
    ("appnotify_render_markdown", ctypes.c_int, _text_call),
    ("appnotify_render_card", ctypes.c_int, _text_call),
    ("appnotify_resolve_link", ctypes.c_int, _text_call),
    ("appnotify_free_string", None, [_OwnedString]),
]:
    _function = getattr(_lib, _name)
    _function.restype = _restype
    _function.argtypes = _argtypes

version: str = _lib.appnotify_version().decode("ascii")
__version__ = version


def _catalogue() -> Tuple[str, ...]:
    names = []
    while True:
        name = _lib.appnotify_code_name(len(names))
        if name is None:
            return tuple(names)
        names.append(name.decode("ascii"))


#: Every diagnostic code, in the order of docs/diagnostics.md.
codes: Tuple[str, ...] = _catalogue()
_code_set = frozenset(codes)


class _Handle:
    """One appnotify_result, reused by every call of a thread (its buffers with it)."""

    __slots__ = ("pointer", "free")

    def __init__(self):
        self.pointer = _lib.appnotify_result_new()
        if not self.pointer:
            raise MemoryError("appnotify: cannot allocate a result")
        self.free = _lib.appnotify_result_free

    def __del__(self):
        if self.pointer:
            self.free(self.pointer)
            self.pointer = None


_local = threading.local()


def _handle() -> int:
    handle = getattr(_local, "handle", None)
    if handle is None:
        handle = _local.handle = _Handle()
    return handle.pointer


# --- Python values -------------------------------------------------------------------------------


class Diagnostic(NamedTuple):
    """One problem: a stable code (docs/diagnostics.md), "error" or "warning", the JSON Pointer of
    the value, the span from (line, column) to (end_line, end_column), 1-based with columns in
    characters, and from offset to end_offset in bytes of the UTF-8 text, 0-based."""

    code: str
    severity: str
    path: str
    offset: int
    line: int
    column: int
    end_offset: int
    end_line: int
    end_column: int
    message: str

    @property
    def length(self) -> int:
        """The span's length in bytes."""
        return self.end_offset - self.offset

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


class ValidationResult:
    """What validate() found: `valid` (no error; warnings allowed), the `dialect` the payload was
    read as ("action", "record", "push", "graph", or "unknown" when it was not recognized), and
    every diagnostic in document order."""

    __slots__ = ("valid", "dialect", "diagnostics")

    def __init__(self, valid: bool, dialect: str, diagnostics: Tuple[Diagnostic, ...]):
        self.valid = valid
        self.dialect = dialect
        self.diagnostics = diagnostics

    @property
    def errors(self) -> Tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "error")

    @property
    def warnings(self) -> Tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity == "warning")

    def __bool__(self) -> bool:
        return self.valid

    def __eq__(self, other) -> bool:
        if not isinstance(other, ValidationResult):
            return NotImplemented
        return (self.valid, self.dialect, self.diagnostics) == (other.valid, other.dialect, other.diagnostics)

    __hash__ = None  # type: ignore[assignment]

    def __getstate__(self):
        return (self.valid, self.dialect, self.diagnostics)

    def __setstate__(self, state) -> None:
        self.valid, self.dialect, self.diagnostics = state

    def __repr__(self) -> str:
        return "ValidationResult(valid=%r, dialect=%r, diagnostics=%r)" % (self.valid, self.dialect, self.diagnostics)


class Rendered(str):
    """A rendering (or a resolved link): the text itself, with `valid` (no error) and the
    `diagnostics` found on the way. Empty when nothing could be written (a payload with errors,
    a refused link)."""

    valid: bool
    diagnostics: Tuple[Diagnostic, ...]

    def __new__(cls, text: str = "", valid: bool = True, diagnostics: Tuple[Diagnostic, ...] = ()):
        self = super().__new__(cls, text)
        self.valid = valid
        self.diagnostics = diagnostics
        return self

    def __getnewargs__(self):
        return (str(self), self.valid, self.diagnostics)

    def __repr__(self) -> str:
        return "Rendered(%s, valid=%r, diagnostics=%r)" % (str.__repr__(self), self.valid, self.diagnostics)


# --- calls ---------------------------------------------------------------------------------------


def _bytes_of(text: Text, name: str) -> bytes:
    if isinstance(text, str):
        # Lone surrogates are written as their (invalid) UTF-8 so that they become a diagnostic.
        return text.encode("utf-8", "surrogatepass")
    if isinstance(text, bytes):
        return text
    if isinstance(text, (bytearray, memoryview)):
        return bytes(text)
    raise TypeError("appnotify: %s must be str or bytes, not %s" % (name, type(text).__name__))


def _string_option(value: Optional[str], name: str) -> bytes:
    if value is None:
        return b""
    if not isinstance(value, str):
        raise TypeError("appnotify: %s must be a str, not %s" % (name, type(value).__name__))
    return value.encode("utf-8", "surrogatepass")


def _choice(value: Optional[str], choices, name: str, default: str) -> int:
    if value is None:
        value = default
    if not isinstance(value, str):
        raise TypeError("appnotify: %s must be a str, not %s" % (name, type(value).__name__))
    if value not in choices:
        raise ValueError("appnotify: %s must be one of %s, not %r" % (name, ", ".join(choices), value))
    return choices[value]


def _code_names(value: Optional[Codes], name: str) -> Tuple[str, ...]:
    """A policy's code names: one str or an iterable of them, each a known code."""
    if value is None:
        return ()
    names = (value,) if isinstance(value, str) else value
    try:
        names = tuple(names)
    except TypeError:
        raise TypeError("appnotify: %s must be a code name or an iterable of them, not %s" % (name, type(value).__name__)) from None
    for code in names:
        if not isinstance(code, str):
            raise TypeError("appnotify: %s must hold code names (str), not %s" % (name, type(code).__name__))
        if code not in _code_set:
            close = difflib.get_close_matches(code, codes, n=1)
            hint = " (did you mean %r?)" % close[0] if close else ""
            raise ValueError("appnotify: %s: %r is not a diagnostic code%s; see appnotify.codes" % (name, code, hint))
    return names


def _string_array(names: Tuple[str, ...], keep: list):
    if not names:
        return None, 0
    encoded = [n.encode("ascii") for n in names]
    keep.append(encoded)
    array = (_String * len(encoded))(*[_String(ctypes.cast(ctypes.c_char_p(e), ctypes.c_void_p).value, len(e)) for e in encoded])
    keep.append(array)
    return array, len(encoded)


def _options(dialect=None, to=None, org=None, app_id=None, app_name=None, width=0, hyperlinks=True,
             ignore=None, error=None, warning=None):
    """The C options for these arguments, checked; built once per distinct set of arguments (the
    C calls only read them, so threads share them)."""
    arguments = (dialect, to, org, app_id, app_name, width, hyperlinks,
                 _code_names(ignore, "ignore"), _code_names(error, "error"), _code_names(warning, "warning"))
    try:
        return _cached_options(*arguments)
    except TypeError as error_raised:
        if "unhashable" not in str(error_raised):
            raise
        return _build_options(*arguments)  # the checks say what is wrong with the argument


def _build_options(dialect, to, org, app_id, app_name, width, hyperlinks, ignore, error, warning):
    options = _Options()
    options.dialect = _choice(dialect, _DIALECTS, "dialect", "auto")
    options.format = _choice(to, _FORMATS, "to", "html")
    keep = []  # the bytes the views point into, alive during the call
    for field, value, name in (("org_url", org, "org"), ("app_id", app_id, "app_id"), ("app_name", app_name, "app_name")):
        encoded = _string_option(value, name)
        if encoded:
            pointer = ctypes.c_char_p(encoded)
            keep.append(pointer)
            setattr(options, field, _String(ctypes.cast(pointer, ctypes.c_void_p).value, len(encoded)))
    if isinstance(width, bool) or not isinstance(width, int):
        raise TypeError("appnotify: width must be an int, not %s" % type(width).__name__)
    if width < 0 or width > sys.maxsize:
        raise ValueError("appnotify: width must be 0 (no wrapping) to %d, not %d" % (sys.maxsize, width))
    options.wrap_width = width
    if not isinstance(hyperlinks, bool):
        raise TypeError("appnotify: hyperlinks must be a bool, not %s" % type(hyperlinks).__name__)
    options.plain_links = 0 if hyperlinks else 1
    options.ignore_codes, options.ignore_count = _string_array(ignore, keep)
    options.error_codes, options.error_count = _string_array(error, keep)
    options.warning_codes, options.warning_count = _string_array(warning, keep)
    return options, keep


_cached_options = functools.lru_cache(maxsize=64, typed=True)(_build_options)


def _view(s: _String) -> str:
    return ctypes.string_at(s.data, s.length).decode("utf-8", "replace") if s.length else ""


def _diagnostics(handle: int) -> Tuple[Diagnostic, ...]:
    count = _lib.appnotify_diagnostic_count(handle)
    if count == 0:
        return ()
    d = _Diagnostic()
    found = []
    for index in range(count):
        _lib.appnotify_diagnostic_at(handle, index, ctypes.byref(d))
        found.append(
            Diagnostic(
                _view(d.code),
                "error" if d.severity == 1 else "warning",
                _view(d.path),
                d.offset,
                d.line,
                d.column,
                d.end_offset,
                d.end_line,
                d.end_column,
                _view(d.message),
            )
        )
    return tuple(found)


def _refused_rule(options) -> str:
    """Which rule of a policy the library refused: ignoring or lowering a code that says the input
    could not be read at all."""
    for names, count, rule in ((options.ignore_codes, options.ignore_count, "ignore"),
                               (options.warning_codes, options.warning_count, "warning")):
        for i in range(count):
            trial = _Options()
            setattr(trial, rule + "_codes", ctypes.pointer(names[i]))
            setattr(trial, rule + "_count", 1)
            if _lib.appnotify_validate(_handle(), None, 0, ctypes.byref(trial)) == _STATUS_BAD_ARGUMENT:
                code = ctypes.string_at(names[i].data, names[i].length).decode("ascii")
                verb = "ignored" if rule == "ignore" else "lowered to a warning"
                return "%r cannot be %s: it says the input could not be read at all" % (code, verb)
    return "an argument is out of range"


def _check_status(status: int, handle: int, options=None) -> None:
    if status == _STATUS_BAD_ARGUMENT:
        reasons = "; ".join(d.message for d in _diagnostics(handle))
        if not reasons and options is not None:
            reasons = _refused_rule(options)
        raise ValueError("appnotify: " + (reasons or "an argument is out of range"))
    if status == _STATUS_OUT_OF_MEMORY:
        raise MemoryError("appnotify: out of memory")


def _output_call(function, text: bytes, options) -> Rendered:
    handle = _handle()
    out = _OwnedString()
    status = function(handle, text, len(text), ctypes.byref(options), ctypes.byref(out))
    try:
        _check_status(status, handle, options)
        rendered = ctypes.string_at(out.data, out.length).decode("utf-8", "replace") if out.length else ""
    finally:
        _lib.appnotify_free_string(out)
    return Rendered(rendered, status == _STATUS_OK, _diagnostics(handle))


def validate(
    text: Text,
    *,
    dialect: Optional[str] = None,
    ignore: Optional[Codes] = None,
    error: Optional[Codes] = None,
    warning: Optional[Codes] = None,
) -> ValidationResult:
    """Validates a notification payload: a SendAppNotification request body, an appnotification
    record, a push or a Graph notification (`dialect`: "action", "record", "push", "graph", or
    None / "auto" to recognize it). `ignore` drops the diagnostics of the codes it names, `error`
    and `warning` report them with that severity (see `codes`)."""
    payload = _bytes_of(text, "text")
    options, _keep = _options(dialect=dialect, ignore=ignore, error=error, warning=warning)
    handle = _handle()
    status = _lib.appnotify_validate(handle, payload, len(payload), ctypes.byref(options))
    _check_status(status, handle, options)
    dialect_name = _DIALECT_NAMES.get(_lib.appnotify_result_dialect(handle), "unknown")
    return ValidationResult(status == _STATUS_OK, dialect_name, _diagnostics(handle))


def render_markdown(
    markdown: Text,
    to: str = "html",
    *,
    org: Optional[str] = None,
    app_id: Optional[str] = None,
    app_name: Optional[str] = None,
    width: int = 0,
    hyperlinks: bool = True,
) -> Rendered:
    """Renders a markdown fragment (the OverrideContent subset) to "html", "text" or "ansi", links
    checked and resolved for the organization and app. Refused links are shown as text and
    reported in the diagnostics."""
    options, _keep = _options(to=to, org=org, app_id=app_id, app_name=app_name, width=width, hyperlinks=hyperlinks)
    return _output_call(_lib.appnotify_render_markdown, _bytes_of(markdown, "markdown"), options)


def render_card(
    text: Text,
    to: str = "html",
    *,
    dialect: Optional[str] = None,
    org: Optional[str] = None,
    app_id: Optional[str] = None,
    app_name: Optional[str] = None,
    width: int = 0,
    hyperlinks: bool = True,
    ignore: Optional[Codes] = None,
    error: Optional[Codes] = None,
    warning: Optional[Codes] = None,
) -> Rendered:
    """Validates a payload (with `dialect`, `ignore`, `error` and `warning` as validate() takes
    them) and renders the whole notification as the notification center shows it, to "html" (an
    <article> card), "text" or "ansi". A payload with errors is not rendered: the result is
    empty, not valid, and holds the validation's diagnostics."""
    options, _keep = _options(dialect=dialect, to=to, org=org, app_id=app_id, app_name=app_name, width=width,
                              hyperlinks=hyperlinks, ignore=ignore, error=error, warning=warning)
    return _output_call(_lib.appnotify_render_card, _bytes_of(text, "text"), options)


def resolve_link(
    href: Text, *, org: Optional[str] = None, app_id: Optional[str] = None, app_name: Optional[str] = None
) -> Rendered:
    """Checks a link as the validator does and resolves it for the organization and app:
    `?pagetype=...` becomes `ORG/main.aspx?appid=...&pagetype=...`. Empty, and not valid, when the
    link is refused or invalid (the diagnostics say why)."""
    options, _keep = _options(org=org, app_id=app_id, app_name=app_name)
    return _output_call(_lib.appnotify_resolve_link, _bytes_of(href, "href"), options)
