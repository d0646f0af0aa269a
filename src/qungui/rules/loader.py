"""Load rulebooks from YAML, reporting every problem at once with its YAML path and line."""

from __future__ import annotations

from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError

from qungui.core.errors import Problem, RulebookError
from qungui.rules.detectors import Registry, builtin_detectors
from qungui.rules.schema import Rulebook, reference_problems

PathKey = tuple[str | int, ...]


class _LineMap:
    """Remembers the line of every mapping key and sequence item in a composed YAML document."""

    def __init__(self) -> None:
        self.lines: dict[PathKey, int] = {}
        self.duplicates: list[tuple[PathKey, int]] = []

    def walk(self, node: yaml.Node, path: PathKey = ()) -> None:
        self.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
                child = (*path, key)
                if key in seen:
                    self.duplicates.append((child, key_node.start_mark.line + 1))
                seen.add(key)
                self.lines[child] = key_node.start_mark.line + 1
                self.walk(value_node, child)
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self.walk(item, (*path, index))

    def line_of(self, path: PathKey) -> int | None:
        """The line of `path`, or of its nearest ancestor that the document has."""
        for length in range(len(path), -1, -1):
            found = self.lines.get(tuple(path[:length]))
            if found is not None:
                return found
        return None


def _dotted(path: PathKey) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


ALIAS_REFUSED = "不支持 YAML 别名（*名称），请直接写出内容 / YAML aliases (*name) are not accepted: write it out"


def _first_alias_line(text: str) -> int | None:
    """The line of the first YAML alias (`*name`), else None; scanning tokens takes linear time.

    Aliases nest: a few hundred bytes of them name billions of values, and expanding those would hold
    the process (every group of a live service) for minutes. Rulebooks never need them.
    """
    try:
        for token in yaml.scan(text, Loader=yaml.SafeLoader):
            if isinstance(token, yaml.AliasToken):
                return token.start_mark.line + 1
    except yaml.YAMLError:  # composing reports the syntax error with its line
        return None
    return None


def parse_rulebook(text: str, *, source: str = "<rulebook>", registry: Registry | None = None) -> Rulebook:
    """Parse and validate rulebook YAML; raise RulebookError listing every problem found."""
    registry = registry if registry is not None else builtin_detectors()
    alias_line = _first_alias_line(text)
    if alias_line is not None:
        raise RulebookError([Problem(ALIAS_REFUSED, line=alias_line, source=source)])
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        reason = getattr(exc, "problem", None) or str(exc)
        line = mark.line + 1 if mark is not None else None
        raise RulebookError([Problem(f"YAML syntax: {reason}", line=line, source=source)]) from None
    if node is None:
        raise RulebookError([Problem("the file is empty", source=source)])
    lines = _LineMap()
    lines.walk(node)
    problems = [
        Problem(f"duplicate key {path[-1]!r}", path=_dotted(path), line=line, source=source)
        for path, line in lines.duplicates
    ]
    data = yaml.SafeLoader(text).get_single_data()
    if not isinstance(data, dict):
        raise RulebookError([Problem("a rulebook is a mapping (name:, title:, clauses: …)", source=source, line=1)])

    def problem(path: PathKey, message: str) -> Problem:
        return Problem(message, path=_dotted(path), line=lines.line_of(path), source=source)

    rulebook = None
    try:
        rulebook = Rulebook.model_validate(data)
    except ValidationError as exc:
        for error in exc.errors():
            path = tuple(p for p in error["loc"] if not (isinstance(p, str) and p.startswith("function-")))
            problems.append(problem(path, _message(error)))
    problems.extend(problem(path, message) for path, message in reference_problems(data))
    problems.extend(_detector_problems(data, registry, problem))
    if problems or rulebook is None:
        raise RulebookError(problems)
    return rulebook


def _message(error: dict[str, Any]) -> str:
    message = str(error.get("msg", "invalid"))
    if message.startswith("Value error, "):
        message = message[len("Value error, ") :]
    if error.get("type") == "extra_forbidden":
        message = "unknown field (check the spelling)"
    return message


def _detector_problems(data: dict[str, Any], registry: Registry, problem) -> list[Problem]:
    """Check every clause's detectors against the registry, using the raw data so all are seen."""
    found: list[Problem] = []
    clauses = data.get("clauses")
    if not isinstance(clauses, list):
        return found
    for ci, clause in enumerate(clauses):
        if not isinstance(clause, dict) or not isinstance(clause.get("detectors"), list):
            continue
        for di, ref in enumerate(clause["detectors"]):
            base: PathKey = ("clauses", ci, "detectors", di)
            if not isinstance(ref, dict):
                continue
            kind = ref.get("type")
            if kind not in registry:
                found.append(
                    problem((*base, "type"), f"unknown detector {kind!r}; known: {', '.join(sorted(registry))}")
                )
                continue
            try:
                registry[kind].settings_model.model_validate(ref.get("settings") or {})
            except ValidationError as exc:
                for error in exc.errors():
                    found.append(problem((*base, "settings", *error["loc"]), _message(error)))
    return found


def decode_utf8(raw: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is allowed), or raise RulebookError naming the first bad byte."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise RulebookError(
            [
                Problem(
                    f"not UTF-8: byte 0x{raw[exc.start]:02x} at offset {exc.start}; save the file as UTF-8",
                    line=line,
                    source=source,
                )
            ]
        ) from None


def load_rulebook_file(path: Path, *, registry: Registry | None = None) -> Rulebook:
    """Load a rulebook from a YAML file."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise RulebookError([Problem(f"cannot read: {exc.strerror}", source=str(path))]) from None
    return parse_rulebook(decode_utf8(raw, str(path)), source=str(path), registry=registry)


def template_names() -> list[str]:
    """Names of the rulebook templates shipped with qungui."""
    folder = resources.files("qungui.rulebooks")
    return sorted(p.name[: -len(".yaml")] for p in folder.iterdir() if p.name.endswith(".yaml"))


def load_template(name: str, *, registry: Registry | None = None) -> Rulebook:
    """Load a shipped template by name (community, company, department, chamber, vip-store)."""
    resource = resources.files("qungui.rulebooks").joinpath(f"{name}.yaml")
    if not resource.is_file():
        raise RulebookError([Problem(f"no template named {name!r}; shipped: {', '.join(template_names())}")])
    return parse_rulebook(resource.read_text(encoding="utf-8"), source=f"template:{name}", registry=registry)


def load_rulebook(name_or_path: str, *, registry: Registry | None = None) -> Rulebook:
    """A template name, or a path to a YAML file."""
    path = Path(name_or_path)
    if path.suffix in {".yaml", ".yml"} or path.exists():
        return load_rulebook_file(path, registry=registry)
    return load_template(name_or_path, registry=registry)
