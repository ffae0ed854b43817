"""checks — findings, in pandera's order: sheets → headers → types (while reading, workbook.tables)
→ values → rules across rows and sheets (pipeline), the rating rules (ratings), the rules of the
year (yearly, fees), across years (history) and the documents' dates and numbers (calendar). Each
finding names its sheet, cell, value and rule. Checks stand above documents because some findings
are about them: the Văn bản sheet's kinds, their dates, their numbers.

May import: documents, figures, rules, workbook.
"""
