"""The print file: every member's form in one .docx, each its own section numbered from 1."""
from __future__ import annotations

import datetime as dt

from .package import package_bytes

#: children of w:sectPr that come after w:pgNumType (ECMA-376 CT_SectPr order)
_AFTER_PGNUM = ("cols", "formProt", "vAlign", "noEndnote", "titlePg", "textDirection", "bidi",
                "rtlGutter", "docGrid", "printerSettings", "sectPrChange")


def _restart_numbers(section) -> None:
    """Give a w:sectPr page numbers restarting at 1, in its schema place."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    old = section.find(qn("w:pgNumType"))
    if old is not None:
        old.set(qn("w:start"), "1")
        return
    number = OxmlElement("w:pgNumType")
    number.set(qn("w:start"), "1")
    later = [c for c in section if c.tag in {qn(f"w:{t}") for t in _AFTER_PGNUM}]
    if later:
        later[0].addprevious(number)
    else:
        section.append(number)


class Combined:
    """Rendered documents appended one after another, each its own section (the print file).

    Each appended document begins a new section, a copy of the base's last one (same page,
    margins and headers) whose page numbers start at 1: each member's form is numbered as if
    printed alone, not 4, 7… in a file of 93 pages. Each body is moved (not copied) into the
    first document once its own file is made, so no document is kept alive. That is enough for our forms, which
    come from one family of templates sharing styles and holding no images or links; a general
    merge (docxcompose) cost 6,7 s for 30 forms against ~0,1 s here.
    """

    #: each part begins at the bookmark PART_MARK % n (n from 1): LibreOffice exports it as a
    #: PDF named destination (pdf.py), so each form's PDF is cut from the print file's PDF
    #: instead of LibreOffice laying out every form a second time
    PART_MARK = "chiboPart%d"

    def __init__(self):
        self.base, self.parts, self.section = None, 0, None

    def _mark(self, element) -> None:
        """A bookmark (invisible in print) in the first paragraph of `element` (a table's first
        cell), where the next part begins: one between paragraphs would belong to the one
        before, the last page of the previous form."""
        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        paragraph = next(element.iter(qn("w:p")), None)
        if paragraph is None:
            return
        self.parts += 1
        start, end = OxmlElement("w:bookmarkStart"), OxmlElement("w:bookmarkEnd")
        start.set(qn("w:id"), str(900000 + self.parts))
        start.set(qn("w:name"), self.PART_MARK % self.parts)
        end.set(qn("w:id"), str(900000 + self.parts))
        at = 1 if paragraph.find(qn("w:pPr")) is not None else 0
        paragraph.insert(at, end)
        paragraph.insert(at, start)

    def add(self, document, day: dt.datetime | None = None) -> None:
        """Append a python-docx document, already saved: its body moves into the print file
        (the first one becomes the base, dated `day`)."""
        import copy

        from docx.oxml import OxmlElement
        from docx.oxml.ns import qn

        if self.base is None:
            self.base, self.day = document, day or dt.datetime(2000, 1, 1)
            section = self.base.element.body.find(qn("w:sectPr"))
            if section is not None:
                _restart_numbers(section)
            self.section = section
            self._mark(self.base.element.body[0])
            return
        # the body's last sectPr, found once: a search of the body on every form made adding
        # 1.000 forms quadratic (10 s)
        section = self.section
        if section is None:  # a body without section properties: Word's defaults, new pages
            section = self.section = OxmlElement("w:sectPr")
            _restart_numbers(section)
            self.base.element.body.append(section)
        # The section that ends here (the previous form) is described by a copy of the last one,
        # held in the properties of its last paragraph; the last sectPr goes on describing the
        # newest form.
        ending = copy.deepcopy(section)
        previous = section.getprevious()
        if previous is not None and previous.tag == qn("w:p"):
            # End the section on the form's last paragraph rather than add a line that could
            # spill onto a blank page.
            p_pr = previous.find(qn("w:pPr"))
            if p_pr is None:
                p_pr = OxmlElement("w:pPr")
                previous.insert(0, p_pr)
            p_pr.append(ending)
            elements = []
        else:
            brk, p_pr = OxmlElement("w:p"), OxmlElement("w:pPr")
            p_pr.append(ending)
            brk.append(p_pr)
            elements = [brk]
        # `document` is saved already and never used again: its paragraphs can move over
        sect = qn("w:sectPr")
        content = [e for e in document.element.body if e.tag != sect]
        for element in elements + content:
            section.addprevious(element)
        if content:
            self._mark(content[0])

    def to_bytes(self) -> bytes:
        """The combined .docx."""
        return package_bytes(self.base, self.day)
