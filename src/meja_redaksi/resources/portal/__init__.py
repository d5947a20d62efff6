"""Portal look shared by the GUI preview, the HTML export and the portal server: CSS and page template."""
