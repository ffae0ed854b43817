"""What several kinds share (a module whose name begins with "_" declares no kind)."""
from . import Doc, Source


def review_documents(src: Source) -> list[Doc]:
    """The one document of each kind of the review meeting (Mẫu 01, the ballot, the vote-count
    record, the minutes), all from one review context computed once per build."""
    from ..context import review_context

    return [Doc(src.once(review_context, src.book))]
