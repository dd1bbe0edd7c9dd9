"""Main text of an HTML page with the standard library's parser.

Scripts, styles, navigation, headers, footers, asides, forms and elements whose
``class``/``id``/``role`` name them as boilerplate (menus, cookie banners, share
bars…) are dropped. Paragraphs, headings, list items and other blocks become separate
paragraphs (blank-line separated, as in the corpus texts). When the page has
``<main>`` or ``<article>``, only their text is kept. Title, date and canonical URL
come from ``og:title``/``<title>``, ``article:published_time``/``<time datetime>`` and
``<link rel=canonical>``/``og:url``.

>>> page = html_to_text("<title>T</title><nav>Home</nav><p>Huawei &amp; ZTE.</p><p>B<br>C</p>")
>>> page.title, page.text
('T', 'Huawei & ZTE.\\n\\nB\\n\\nC')
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html.parser import HTMLParser

#: Elements whose whole content is not article text.
SKIP_TAGS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "button",
        "select",
        "textarea",
        "svg",
        "iframe",
        "object",
        "canvas",
        "menu",
        "dialog",
        "head",
    }
)
#: Elements that end a block of text.
BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "dl",
        "dt",
        "dd",
        "tr",
        "table",
        "blockquote",
        "pre",
        "section",
        "article",
        "main",
        "figure",
        "figcaption",
        "address",
        "body",
        "title",
    }
)
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "wbr"}
)
#: class/id words that mark boilerplate containers.
_BOILERPLATE = re.compile(
    r"(?:^|[\s_-])(nav|navbar|navigation|menu|footer|header|masthead|sidebar|toolbar|"
    r"breadcrumbs?|pagination|cookies?|consent|share|sharing|social|advert|ads|banner|"
    r"promo|newsletter|related|comments?|subscribe|skip)"
    r"(?:$|[\s_-])",
    re.I,
)
_BOILERPLATE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
_MAIN_TAGS = frozenset({"main", "article"})
_NEVER_SKIP = frozenset({"html", "body", "main", "article"})


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What :func:`html_to_text` found in a page."""

    text: str
    title: str | None = None
    date: str | None = None
    source: str | None = None


def html_to_text(markup: str) -> HtmlPage:
    """Main text and metadata of an HTML document (see the module docstring).

    >>> html_to_text("<main><h1>Head</h1><p>Body <b>bold</b></p></main><p>Ad</p>").text
    'Head\\n\\nBody bold'
    >>> html_to_text("<div class='cookie-banner'>Accept</div><p>x&lt;img&gt;</p>").text
    'x<img>'
    """
    parser = _MainText()
    parser.feed(markup)
    parser.close()
    return parser.result()


class _MainText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._stack: list[tuple[str, bool]] = []  # open elements: (tag, skipped?)
        self._open: Counter[str] = Counter()  # tags on the stack, so stray end tags cost O(1)
        self._skip = 0  # how many open elements drop their content
        self._main = 0  # how many open <main>/<article>
        self._current: list[str] = []
        self._blocks: list[tuple[str, bool]] = []  # (text, inside main?)
        self._in_title = False
        self._title_parts: list[str] = []
        self._meta: dict[str, str] = {}

    # -- parser callbacks
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            self._read_meta(attr)
        elif tag == "link" and "canonical" in attr.get("rel", "").lower().split():
            self._meta.setdefault("canonical", attr.get("href", ""))
        elif tag == "time" and attr.get("datetime"):
            self._meta.setdefault("time", attr["datetime"])
        elif tag == "title":
            self._in_title = True
        if tag in VOID_TAGS:
            if tag in BLOCK_TAGS:
                self._flush()
            return
        # A class like "has-sidebar" on <body> must not drop the whole page.
        skipped = tag in SKIP_TAGS or (tag not in _NEVER_SKIP and _is_boilerplate(attr))
        if tag in BLOCK_TAGS:
            self._flush()
        self._stack.append((tag, skipped))
        self._open[tag] += 1
        self._skip += skipped
        self._main += tag in _MAIN_TAGS

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in VOID_TAGS:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in BLOCK_TAGS:
            self._flush()
        # Close up to the matching open tag; a stray end tag is ignored.
        if not self._open[tag]:
            return
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i][0] == tag:
                for closed, skipped in self._stack[i:]:
                    self._skip -= skipped
                    self._main -= closed in _MAIN_TAGS
                    self._open[closed] -= 1
                del self._stack[i:]
                break

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)
            return
        if not self._skip:
            self._current.append(data)

    # -- helpers
    def _read_meta(self, attr: dict[str, str]) -> None:
        key = (attr.get("property") or attr.get("name") or "").lower()
        content = attr.get("content", "")
        wanted = {
            "og:title": "og:title",
            "article:published_time": "published",
            "date": "published",
            "dc.date": "published",
            "dcterms.date": "published",
            "og:url": "og:url",
        }
        if key in wanted and content:
            self._meta.setdefault(wanted[key], content)

    def _flush(self) -> None:
        text = " ".join("".join(self._current).split())
        self._current = []
        if text:
            self._blocks.append((text, self._main > 0))

    def result(self) -> HtmlPage:
        self._flush()
        inside = [t for t, in_main in self._blocks if in_main]
        blocks = inside or [t for t, _ in self._blocks]
        # og:title is the headline alone; <title> often adds " | Site name".
        og_title = " ".join(self._meta.get("og:title", "").split())
        title = og_title or " ".join("".join(self._title_parts).split())
        return HtmlPage(
            text="\n\n".join(blocks),
            title=title or None,
            date=self._meta.get("published") or self._meta.get("time") or None,
            source=self._meta.get("canonical") or self._meta.get("og:url") or None,
        )


def _is_boilerplate(attr: dict[str, str]) -> bool:
    if attr.get("role", "").lower() in _BOILERPLATE_ROLES:
        return True
    if "hidden" in attr or attr.get("aria-hidden", "").lower() == "true":
        return True
    names = f"{attr.get('class', '')} {attr.get('id', '')}"
    return bool(_BOILERPLATE.search(names))


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)


def declared_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag in the first 4 KB declares, if any.

    >>> declared_charset(b'<meta charset="ISO-8859-1"><p>x')
    'ISO-8859-1'
    >>> declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=utf-8">')
    'utf-8'
    """
    match = _CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None
