"""The harness itself: a host opens a room on loopback, and Chromium reaches the server and prints a page."""

import os
import unittest
import urllib.error
import urllib.request

import classroom


class HarnessTests(unittest.TestCase):
    def test_host_prints_what_a_teacher_reads_out(self):
        with classroom.Host() as host:
            self.assertRegex(host.code, r"^[A-Z0-9]{4,8}$")
            self.assertRegex(host.key, r"^[0-9a-f]{16,}$")
            self.assertGreater(host.port, 0)

    def test_host_serves_the_fonts_and_nothing_outside_the_pages(self):
        with classroom.Host() as host:
            with urllib.request.urlopen(host.url + "/fonts/NotoSansDevanagari-Regular.ttf") as response:
                self.assertEqual(response.headers["Content-Type"], "font/ttf")
                self.assertGreater(len(response.read()), 100000)
            for path in ["/fonts/../templates/x", "/static/%2e%2e/fonts/OFL.txt", "/fonts/missing.ttf"]:
                with self.assertRaises(urllib.error.HTTPError) as failure:
                    urllib.request.urlopen(host.url + path)
                self.assertEqual(failure.exception.code, 404)

    def test_chromium_prints_a_page_to_pdf_with_its_text(self):
        page = classroom.artefact("harness.html")
        with open(page, "w", encoding="utf-8") as f:
            f.write('<!doctype html><html lang="en"><meta charset="utf-8"><title>t</title><h1>Petrograd 1917</h1></html>')
        pdf = classroom.artefact("harness.pdf")
        classroom.print_to_pdf(page, pdf)
        self.assertIn("Petrograd 1917", classroom.pdf_text(pdf))
        pages = classroom.pdf_pages_to_png(pdf, classroom.artefact("harness-page"))
        self.assertTrue(pages and all(os.path.getsize(p) > 0 for p in pages))


if __name__ == "__main__":
    unittest.main()
