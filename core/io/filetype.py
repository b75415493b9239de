"""What kind of data file is this? Decided from the bytes, not the name.

Researchers rename files, e-mail gateways mangle them, and Excel saves encrypted workbooks as OLE
containers whatever the extension says. So we look inside: a zip holding ``[Content_Types].xml`` is
an Office Open XML workbook (xlsx/xlsm/xlsb), a zip with an OpenDocument ``mimetype`` is ods, an
OLE/CFB container holding ``EncryptionInfo`` is an encrypted workbook, one holding ``Workbook`` is an
xls (encrypted when a FILEPASS record follows its BOF), ``$FL2``/``$FL3`` is SPSS, ``<stata_dta>``
or an old binary header is Stata. Any other zip holding csv files is a "csvzip" (ODK Central,
SurveyCTO or Kobo csv exports: one table per csv). Anything readable as text is a delimited text
table.

Only the first bytes and zip/OLE directories are read; nothing is written.
"""

from __future__ import annotations

import struct
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from core.common.errors import FileRefusedError, PasswordProtectedError

OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGIC = b"PK\x03\x04"
EMPTY_ZIP_MAGIC = b"PK\x05\x06"
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"
MAX_UNCOMPRESSED = 2_000_000_000
"""Refuse zips whose parts expand beyond this (about 2 GB): a decompression bomb, not a survey."""

PASSWORD_TODO = (
    "Open it in Excel (or LibreOffice), remove the password (File > Info > Protect Workbook > "
    "Encrypt with Password, clear it), save, and open it again"
)

WORKBOOK_KINDS = ("xlsx", "xlsm", "xlsb", "xls", "ods")
ARCHIVE_KINDS = ("csvzip",)
"""A zip of csv files (ODK Central, SurveyCTO, Kobo csv exports): one table per csv."""
STAT_KINDS = ("dta", "sav", "zsav", "por")


@dataclass
class Sniffed:
    """The detected kind plus remarks worth telling the user (e.g. a misleading extension)."""

    kind: str
    notes: list[str] = field(default_factory=list)


def sniff(path: Path, head: bytes | None = None) -> Sniffed:
    """Detect the file's real format; raise FileRefusedError/PasswordProtectedError if hopeless."""
    name = path.name
    ext = path.suffix.lower().lstrip(".")
    if head is None:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    if not head:
        raise FileRefusedError("The file is empty", where=name,
                               todo="Check that you picked the right file, or export it again")
    if head.startswith((ZIP_MAGIC, EMPTY_ZIP_MAGIC)):
        kind = _zip_kind(path)
    elif head.startswith(OLE_MAGIC):
        kind = _ole_kind(path)
    elif head.startswith((b"$FL2", b"$FL3")):
        kind = "zsav" if head.startswith(b"$FL3") else "sav"
    elif head.startswith(b"<stata_dta>") or _old_stata_header(head):
        kind = "dta"
    elif ext == "por" and b"SPSS" in head[:600].upper():
        kind = "por"
    elif _looks_like_text(head):
        kind = "csv"
    else:
        raise not_a_data_file(name)
    result = Sniffed(kind)
    expected = {"txt": "csv", "tsv": "csv", "tab": "csv"}.get(ext, ext)
    if kind == "csvzip":
        if ext != "zip":
            result.notes.append(f"{name} is a zip archive of csv files; each csv file was read "
                                "as a table.")
    elif kind == "csv" and ext in WORKBOOK_KINDS + STAT_KINDS:
        result.notes.append(
            f"{name} is named like a .{ext} file but holds plain text; it was read as a "
            "delimited text (csv) table."
        )
    elif (expected and expected != kind and ext in (*WORKBOOK_KINDS, *STAT_KINDS, "csv")
          and not (kind == "xlsx" and ext in ("xlsm", "xltx"))):
        result.notes.append(
            f"{name} is named like a .{ext} file but is really a .{kind} file; "
            f"it was read as {kind}."
        )
    return result


def not_a_data_file(name: str) -> FileRefusedError:
    return FileRefusedError(
        "This is not a spreadsheet or data file we can read", where=name,
        todo="Open it in Excel, SPSS or Stata and save it as .xlsx, .csv, .sav or .dta, then "
             "open that copy",
    )


def damaged(name: str, detail: str = "") -> FileRefusedError:
    what = "The file is damaged or incomplete and cannot be read"
    if detail:
        what += f": {detail}"
    return FileRefusedError(
        what, where=name,
        todo="Copy it again from the original source, or open it in Excel and save a new copy",
    )


def password_protected(name: str) -> PasswordProtectedError:
    return PasswordProtectedError("This file is password-protected", where=name,
                                  todo=PASSWORD_TODO)


# --- zip containers -------------------------------------------------------------------------------

def _zip_kind(path: Path) -> str:
    name = path.name
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename.replace("\\", "/").lstrip("/").lower(): i for i in infos}
            if "mimetype" not in names and "[content_types].xml" not in names:
                return _csv_zip_kind(name, infos)
            if sum(i.file_size for i in infos) > MAX_UNCOMPRESSED:
                raise FileRefusedError(
                    "The file expands to more than 2 GB when unpacked, which no survey needs "
                    "(it may be built to exhaust memory)", where=name,
                    todo="Open it in Excel or LibreOffice and save a plain copy")
            if "mimetype" in names:
                mime = zf.read(names["mimetype"]).decode("ascii", "replace").strip()
                if mime.startswith("application/vnd.oasis.opendocument"):
                    if mime != ODS_MIME:
                        raise FileRefusedError(
                            "This is an OpenDocument file but not a spreadsheet", where=name,
                            todo="Open it in LibreOffice Calc and save it as .ods or .xlsx")
                    manifest = names.get("meta-inf/manifest.xml")
                    if manifest is not None and b"encryption-data" in zf.read(manifest):
                        raise password_protected(name)
                    return "ods"
            ct = names.get("[content_types].xml")
            if ct is None:
                raise not_a_data_file(name)
            types = zf.read(ct).decode("utf-8", "replace").lower()
    except zipfile.BadZipFile as exc:
        raise damaged(name, "the zip container is broken") from exc
    except (OSError, EOFError, ValueError, KeyError, zipfile.LargeZipFile) as exc:
        raise damaged(name) from exc
    if "sheet.binary.macroenabled" in types or "xl/workbook.bin" in names:
        return "xlsb"
    if "macroenabled" in types:
        return "xlsm"
    if "spreadsheetml" in types or "xl/workbook.xml" in names:
        return "xlsx"
    if "wordprocessingml" in types or "presentationml" in types:
        raise FileRefusedError("This is a Word or PowerPoint file, not a spreadsheet", where=name,
                               todo="Open the data file itself (.xlsx, .csv, .sav or .dta)")
    raise not_a_data_file(name)


@dataclass
class CsvMembers:
    """The csv files of a zip archive (ODK Central, SurveyCTO and Kobo csv exports), and what
    else the archive holds, which is not read."""

    csv: list[zipfile.ZipInfo] = field(default_factory=list)
    media: list[str] = field(default_factory=list)
    """Other files (photos, audio, attachments, nested archives): not read."""
    unsafe: list[str] = field(default_factory=list)
    """Names that climb out of the archive (``../x.csv``) or are absolute: ignored."""
    encrypted: list[str] = field(default_factory=list)


def _unsafe_member(raw: str) -> bool:
    norm = raw.replace("\\", "/")
    parts = norm.split("/")
    return (norm.startswith("/") or ".." in parts or (len(norm) > 1 and norm[1] == ":")
            or "\x00" in norm)


def csv_zip_members(infos: list[zipfile.ZipInfo]) -> CsvMembers:
    """Sort a zip's members into csv tables, other files and unsafe names. Folders, macOS
    resource forks (``__MACOSX/``, ``._x.csv``) are left out silently."""
    out = CsvMembers()
    for info in infos:
        raw = info.filename
        if info.is_dir():
            continue
        if _unsafe_member(raw):
            out.unsafe.append(raw)
            continue
        norm = raw.replace("\\", "/")
        base = norm.rsplit("/", 1)[-1]
        if norm.startswith("__MACOSX/") or base.startswith("._") or not base:
            continue
        if base.lower().endswith(".csv"):
            if info.flag_bits & 1:
                out.encrypted.append(raw)
            else:
                out.csv.append(info)
        else:
            out.media.append(raw)
    return out


def _csv_zip_kind(name: str, infos: list[zipfile.ZipInfo]) -> str:
    """A zip holding csv files (and perhaps media) is a "csvzip"; anything else is refused."""
    members = csv_zip_members(infos)
    if not members.csv:
        if members.encrypted:
            raise password_protected(name)
        raise not_a_data_file(name)
    if sum(i.file_size for i in members.csv) > MAX_UNCOMPRESSED:
        raise FileRefusedError(
            "The csv files in this zip expand to more than 2 GB when unpacked, which no survey "
            "needs (it may be built to exhaust memory)", where=name,
            todo="Unpack it yourself and open the csv files one by one, or export less data")
    return "csvzip"


# --- OLE / Compound File Binary --------------------------------------------------------------------

def _ole_kind(path: Path) -> str:
    name = path.name
    try:
        streams = ole_streams(path)
    except (ValueError, struct.error, OSError, IndexError) as exc:
        raise damaged(name, "the Office container is broken") from exc
    lower = {s.lower(): s for s in streams}
    if "encryptioninfo" in lower or "encryptedpackage" in lower:
        raise password_protected(name)
    for stream in ("workbook", "book"):
        if stream in lower:
            try:
                head = ole_read_stream(path, lower[stream], 64)
            except (ValueError, struct.error, OSError, IndexError) as exc:
                raise damaged(name, "the Office container is broken") from exc
            if _biff_encrypted(head):
                raise password_protected(name)
            return "xls"
    if "worddocument" in lower or "powerpoint document" in lower:
        raise FileRefusedError("This is an old Word or PowerPoint file, not a spreadsheet",
                               where=name, todo="Open the data file itself")
    raise not_a_data_file(name)


def _biff_encrypted(head: bytes) -> bool:
    """A FILEPASS record (0x002F) right after the workbook's BOF means the xls is encrypted."""
    if len(head) < 4:
        return False
    rec, size = struct.unpack_from("<HH", head, 0)
    if rec not in (0x0809, 0x0409, 0x0209, 0x0009):
        return False
    pos = 4 + size
    while pos + 4 <= len(head):
        rec, size = struct.unpack_from("<HH", head, pos)
        if rec == 0x002F:
            return True
        if rec in (0x0809, 0x000A):  # next BOF or EOF: no encryption record in the globals start
            return False
        pos += 4 + size
    return False


class _Cfb:
    """Just enough of [MS-CFB] to list stream names and read the start of one stream."""

    def __init__(self, data: bytes) -> None:
        if len(data) < 512 or not data.startswith(OLE_MAGIC):
            raise ValueError("not an OLE file")
        self.data = data
        self.sector_size = 1 << struct.unpack_from("<H", data, 30)[0]
        self.mini_size = 1 << struct.unpack_from("<H", data, 32)[0]
        if self.sector_size not in (512, 4096) or self.mini_size != 64:
            raise ValueError("bad sector size")
        n_fat, first_dir = struct.unpack_from("<II", data, 44)
        self.mini_cutoff, first_minifat, _n_minifat, first_difat, n_difat = struct.unpack_from(
            "<IIIII", data, 56)
        fat_sectors = [s for s in struct.unpack_from("<109I", data, 76) if s < 0xFFFFFFFA]
        per = self.sector_size // 4
        seen = 0
        while first_difat < 0xFFFFFFFA and seen < n_difat and seen < 100_000:
            block = struct.unpack_from(f"<{per}I", self._sector(first_difat))
            fat_sectors.extend(s for s in block[:-1] if s < 0xFFFFFFFA)
            first_difat = block[-1]
            seen += 1
        fat_sectors = fat_sectors[: max(n_fat, 0) or len(fat_sectors)]
        self.fat: list[int] = []
        for s in fat_sectors:
            self.fat.extend(struct.unpack_from(f"<{per}I", self._sector(s)))
        directory = self._chain_bytes(first_dir, None)
        self.entries: list[tuple[str, int, int, int]] = []  # name, type, start, size
        for off in range(0, len(directory) - 127, 128):
            name_len = struct.unpack_from("<H", directory, off + 64)[0]
            etype = directory[off + 66]
            start, size = struct.unpack_from("<II", directory, off + 116)
            name = directory[off: off + max(name_len - 2, 0)].decode("utf-16-le", "replace")
            self.entries.append((name, etype, start, size))
        self.first_minifat = first_minifat

    def _sector(self, index: int) -> bytes:
        off = (index + 1) * self.sector_size
        if off + self.sector_size > len(self.data):
            raise ValueError("sector beyond end of file")
        return self.data[off: off + self.sector_size]

    def _chain(self, start: int, limit: int | None) -> list[int]:
        out: list[int] = []
        s = start
        while s < 0xFFFFFFFA:
            if s >= len(self.fat) or len(out) > len(self.fat):
                raise ValueError("broken sector chain")
            out.append(s)
            if limit is not None and len(out) * self.sector_size >= limit:
                break
            s = self.fat[s]
        return out

    def _chain_bytes(self, start: int, limit: int | None) -> bytes:
        return b"".join(self._sector(s) for s in self._chain(start, limit))

    def read(self, name: str, n: int) -> bytes:
        for ename, etype, start, size in self.entries:
            if ename == name and etype == 2:
                if size >= self.mini_cutoff:
                    return self._chain_bytes(start, n)[: min(n, size)]
                root = self.entries[0]
                mini_stream = self._chain_bytes(root[2], None)
                minifat_raw = self._chain_bytes(self.first_minifat, None)
                minifat = struct.unpack_from(f"<{len(minifat_raw) // 4}I", minifat_raw)
                out = b""
                s = start
                while s < 0xFFFFFFFA and len(out) < min(n, size):
                    out += mini_stream[s * self.mini_size: (s + 1) * self.mini_size]
                    if s >= len(minifat):
                        break
                    s = minifat[s]
                return out[: min(n, size)]
        raise ValueError(f"no stream {name}")


def _load_cfb(path: Path) -> _Cfb:
    with open(path, "rb") as fh:
        return _Cfb(fh.read())


load_cfb = _load_cfb


def ole_streams(path: Path) -> list[str]:
    """Names of the streams and storages in an OLE container."""
    return [e[0] for e in _load_cfb(path).entries if e[1] in (1, 2)]


def ole_read_stream(path: Path, name: str, n: int) -> bytes:
    """The first ``n`` bytes of one stream of an OLE container."""
    return _load_cfb(path).read(name, n)


# --- statistics files and text ---------------------------------------------------------------------

def _old_stata_header(head: bytes) -> bool:
    """Stata formats 102-115 start with the version byte, byte order (1/2) and filetype 1."""
    return (len(head) >= 4 and head[0] in (102, 103, 104, 105, 108, 110, 111, 113, 114, 115)
            and head[1] in (1, 2) and head[2] == 1)


def _looks_like_text(head: bytes) -> bool:
    """Text (any of the encodings we read) has no NUL bytes, unless it is UTF-16 with a BOM."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    if b"\x00" in head:
        return False
    control = sum(1 for b in head if b < 9 or (13 < b < 32 and b != 27))
    return control <= max(1, len(head) // 100)
