"""Photos without Qt: ingest, derivatives, embedded captions (IPTC IIM + XMP), export, batch captioning.

API (import the submodules; this package imports nothing heavy)::

    ingest.ingest(store, paths, *, cancelled=lambda: False, photographer="", photographer_id=None,
                  codes=None) -> Iterator[IngestProgress]      # one item per file: index, total, source,
                                                               # outcome (created|existing|failed), photo, error
    ingest.ingest_file(store, path, ...) -> (Outcome, Photo)   # UserError naming the file when refused
    derivatives.derivative_paths(media_dir, sha256) -> DerivativePaths(thumbnail, preview)   # 256 / 1024 px JPEG
    derivatives.ensure_derivatives(media_dir, sha256, original) -> DerivativePaths
    metadata.read_metadata(path) -> EmbeddedMetadata;  metadata.write_metadata(path, photo, keep_gps=False)
    metadata.IIM_LIMITS, metadata.utf8_length(text), metadata.iim_truncate(text, limit)   # live byte counters
    export.export_photo(store, photo_id, out_path, keep_gps=False) -> Path
    captions.default_credit(name); captions.CaptionTemplate / TemplateField / ApplyMode; apply_template(...)
    captions.PhotographerCodes.load(tsv_path) (.expand("=rezap="), .from_filename(name)); find_replace(...)
    safety.MAX_FILE_BYTES, safety.MAX_PIXELS, safety.clean_filename(name)

Files are stored at ``store.media_path(sha256)`` (``media_dir/ab/<sha256>``, no extension; the record's
``mime`` says the type); thumbnails under ``media_dir/thumbs/``, previews under ``media_dir/previews/``.
Every pyexiv2 call holds ``metadata.EXIV2_LOCK`` (exiv2 is not thread-safe).
"""
