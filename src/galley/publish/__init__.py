"""The publish stage: Document -> HTML, EPUB and PDF. It never sees raw text."""
