/// The record's stylesheet: plain on screen, A4 in print. Black on white throughout; tables
/// have ruled borders and the ecogram tells ties apart by line shape, so a black-and-white
/// print loses nothing. Kept free of `<` and `&` so it is also valid XML text.
enum HTMLRecordStyle {
    static let css = """
        :root { color: #000; background: #fff; }
        body { margin: 0; font-family: "DejaVu Serif", "Liberation Serif", Georgia, serif; font-size: 11pt; line-height: 1.45; }
        main { max-width: 46em; margin: 0 auto; padding: 1.5em 1.25em 3em; }
        h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 0.6em; }
        h2 { font-size: 1.3em; margin: 1.6em 0 0.6em; padding-bottom: 0.15em; border-bottom: 2px solid #000; }
        h3 { font-size: 1.1em; margin: 1.3em 0 0.5em; }
        p, ul, table, blockquote, figure { margin: 0 0 0.8em; }
        p.label { margin-bottom: 0.35em; }
        ul { padding-left: 1.4em; }
        li { margin: 0.15em 0; }
        blockquote { margin-left: 0; padding: 0.4em 0.8em; border-left: 4px solid #000; font-style: italic; }
        blockquote p { margin: 0; }
        table { width: 100%; border-collapse: collapse; font-size: 0.92em; }
        th, td { border: 1px solid #000; padding: 0.3em 0.45em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
        th { font-weight: bold; border-bottom-width: 2px; }
        figure.ecogram { margin: 0.5em 0 1em; text-align: center; }
        figure.ecogram svg { max-width: 100%; height: auto; }
        hr { border: 0; border-top: 1px solid #000; margin: 2em 0 1em; }
        footer { font-size: 0.9em; }
        @page { size: A4; margin: 18mm 16mm 20mm 16mm; }
        @media print {
          body { font-size: 10pt; }
          main { max-width: none; margin: 0; padding: 0; }
          section + section { break-before: page; }
          footer { break-inside: avoid; }
          h1, h2, h3, p.label { break-after: avoid; }
          tr, li, blockquote, figure, div.drawing { break-inside: avoid; }
          thead { display: table-header-group; }
          h2 { margin-top: 0; }
        }

        """
}
