"""From numbers to files: results workbook, table exports, exported scripts, headings."""
