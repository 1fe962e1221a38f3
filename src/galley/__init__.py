"""galley: raw text extracted from a PDF -> a clean, structured paper as HTML, EPUB and PDF."""

__version__ = "0.3.0"
