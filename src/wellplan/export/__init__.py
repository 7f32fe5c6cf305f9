"""PDF rendering, sealing and verification (reportlab, pyHanko). Never imports Qt.

Empty until the PDF issue: kept so the layers are in place from the first commit.
"""
