"""Plain text from Markdown: the words a reader sees, without the markup.

Headings, emphasis, links and list bullets lose their syntax; images, HTML comments,
fenced code and raw HTML tags are dropped. Paragraph breaks stay.

>>> text, title = markdown_to_text("# Huawei fined\\n\\nThe **FCC** [said](https://x.org) so.")
>>> title, text
('Huawei fined', 'Huawei fined\\n\\nThe FCC said so.')
"""

from __future__ import annotations

import re

# Inline patterns bound how far they look for the closing mark, so a 100,000-character
# line full of "*" or "[" costs linear time, not quadratic; longer spans keep their marks.
_SPAN = 300
_URL = 2000
_FENCE = re.compile(r"^(```|~~~)")
_HEADING = re.compile(r"^[ ]{0,3}(#{1,6})(?:[ \t]|$)")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+")
_QUOTE = re.compile(r"^\s*>\s?")
_IMAGE = re.compile(rf"!\[[^\]]{{0,{_SPAN}}}\]\([^)]{{0,{_URL}}}\)")
_LINK = re.compile(rf"\[([^\]]{{0,{_SPAN}}})\]\([^)]{{0,{_URL}}}\)")
_REF_LINK = re.compile(rf"\[([^\]]{{0,{_SPAN}}})\]\[[^\]]{{0,{_SPAN}}}\]")
_REF_DEF = re.compile(r"^\s{0,3}\[[^\]]+\]:\s+\S+")
_EMPHASIS = re.compile(rf"(\*\*|\*|~~)(?=\S)(.{{1,{_SPAN}}}?)(?<=\S)\1")
# Underscores inside a word ("doj_001") are not emphasis (CommonMark).
_UNDERSCORE = re.compile(rf"(?<!\w)(__|_)(?=\S)(.{{1,{_SPAN}}}?)(?<=\S)\1(?!\w)")
_CODE = re.compile(r"`([^`]*)`")
_TAG = re.compile(rf"</?[A-Za-z][^<>]{{0,{_SPAN}}}>")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def markdown_to_text(markdown: str) -> tuple[str, str | None]:
    """The text of a Markdown document and its first heading (as a title), if any.

    >>> markdown_to_text("Intro\\n\\n```\\ncode\\n```\\n- one\\n- two")
    ('Intro\\n\\none\\ntwo', None)
    """
    markdown = _strip_comments(markdown)
    out: list[str] = []
    title: str | None = None
    in_fence = False
    for line in markdown.split("\n"):
        if _FENCE.match(line.strip()):
            in_fence = not in_fence
            continue
        if in_fence or _REF_DEF.match(line) or _RULE.match(line):
            continue
        if _SETEXT.match(line) and out and out[-1].strip():
            title = title or out[-1].strip()
            continue
        if heading := _HEADING.match(line):
            # "## Title ##" -> "Title" (closing hashes are optional)
            line = line[heading.end() :].strip().rstrip("#").rstrip()
            title = title or _inline(line).strip() or None
        line = _QUOTE.sub("", _BULLET.sub("", line))
        out.append(_inline(line).rstrip())
    text = re.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()
    return text, title


def _strip_comments(text: str) -> str:
    """Drop ``<!-- … -->`` (an unclosed one runs to the end), in one pass.

    >>> _strip_comments("a<!-- x -->b<!-- open")
    'ab'
    """
    parts = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        parts.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        at = end + 3
    parts.append(text[at:])
    return "".join(parts)


def _inline(line: str) -> str:
    line = _IMAGE.sub("", line)
    line = _LINK.sub(r"\1", line)
    line = _REF_LINK.sub(r"\1", line)
    line = _CODE.sub(r"\1", line)
    line = _TAG.sub("", line)
    for _ in range(2):  # nested emphasis such as ***x***
        line = _UNDERSCORE.sub(r"\2", _EMPHASIS.sub(r"\2", line))
    return line
