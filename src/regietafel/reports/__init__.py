"""The document writers: DOCX, XLSX, PDF and CSV, and the charts the web shows too. They
get domain objects or a service's outcome and know nothing of the database (an
import-linter contract keeps them so)."""
