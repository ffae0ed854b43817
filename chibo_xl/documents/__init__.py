"""documents — what each document says: the registry of kinds (kinds/: one declaration per kind —
title, number series, date rule, when its figures are taken, when it is skipped, its templates and
the function making its contexts), the day each is dated (dates), and the contexts (plain dicts of
Vietnamese strings the templates print): context, sentences, sections, minutes, member_docs,
review_docs, term, fields (what each template field means).

May import: figures, rules, workbook.
"""
