"""The role cards (petrograd cards): printed to PDF by Chromium, rendered to PNG pages by pdftoppm, their
text read back by pdftotext, in Hindi and in English; and the page itself in the browser, as a teacher
opens it before printing. Every PDF, PNG and screenshot is kept as an artefact."""

import os
import re
import subprocess
import unittest

import classroom

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../..")


def role_texts(act):
    """Each role's name, goal and worry in each language, read from the act's scenario.story."""
    with open(os.path.join(ROOT, "Scenarios", act, "scenario.story"), encoding="utf-8") as f:
        text = f.read()
    roles = {}
    for block in re.split(r"\n(?=role )", text)[1:]:
        block = re.split(r"\n(?=\S)", block)[0]
        role = re.match(r"role (\S+)", block).group(1)
        entry = {"name": dict(re.findall(r"^  (hi|en): (.*)$", block, re.M))}
        for part in ("goal", "worry"):
            section = re.search(r"^  %s\n((?:    .*\n?)+)" % part, block, re.M).group(1)
            entry[part] = dict(re.findall(r"^    (hi|en): (.*)$", section, re.M))
        roles[role] = entry
    return roles


def squeezed(text):
    """Text without spaces and line breaks, as a laid-out PDF's text is compared."""
    return re.sub(r"\s+", "", text)


def make_cards(act, lang):
    path = classroom.artefact("cards-%s-%s.html" % (act, lang))
    result = subprocess.run([classroom.PROGRAM, "cards", act, "--lang", lang, "--output", path],
                            capture_output=True, text=True, timeout=120, env=classroom.environment(classroom.home()))
    if result.returncode != 0:
        raise AssertionError("petrograd cards failed: " + result.stdout + result.stderr)
    return path, result.stdout


class CardsTests(unittest.TestCase):
    def check_printed(self, act, lang):
        page, said = make_cards(act, lang)
        # The command says where the cards went, in the cards' language.
        self.assertIn("3 role cards on 2 A4 sheets (en)" if lang == "en" else "3 भूमिका कार्ड, A4 के 2 पन्नों पर (हिंदी)", said)
        pdf = classroom.artefact("cards-%s-%s.pdf" % (act, lang))
        classroom.print_to_pdf(page, pdf)
        pages = classroom.pdf_pages_to_png(pdf, classroom.artefact("cards-%s-%s-page" % (act, lang)))
        self.assertEqual(len(pages), 2, "three cards, two to an A4 sheet: two pages")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True, check=True).stdout
        size = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
        self.assertAlmostEqual(float(size.group(1)), 595.3, delta=2, msg="A4 width")
        self.assertAlmostEqual(float(size.group(2)), 841.9, delta=2, msg="A4 height")
        text = squeezed(classroom.pdf_text(pdf))
        for role, texts in role_texts(act).items():
            for part in ("name", "goal", "worry"):
                wanted = texts[part][lang]
                # The first words are enough to know the text is there; Devanagari is read back as written.
                self.assertIn(squeezed(wanted)[:24], text, "%s %s %s (%s) in the PDF" % (act, role, part, lang))
        secret = "यहबातअपनेतकहीरखिए" if lang == "hi" else "Keepthistoyourself"
        self.assertEqual(text.count(secret), 3, "every card marks its worry as a secret")
        return page

    def test_march_cards_print_in_hindi(self):
        self.check_printed("march-1917", "hi")

    def test_march_cards_print_in_english(self):
        self.check_printed("march-1917", "en")

    def test_october_cards_print_in_hindi(self):
        self.check_printed("october-1917", "hi")

    def test_october_cards_print_in_english(self):
        self.check_printed("october-1917", "en")

    def test_the_page_in_the_browser_has_its_language_headings_and_cut_line(self):
        for lang in ("hi", "en"):
            page, _ = make_cards("march-1917", lang)
            driver = classroom.chromium(width=900, height=1200)
            try:
                driver.get("file://" + os.path.abspath(page))
                self.assertEqual(driver.find_element("css selector", "html").get_attribute("lang"), lang)
                self.assertEqual(len(driver.find_elements("css selector", "h1")), 1)
                names = [h.text for h in driver.find_elements("css selector", "article.card h2")]
                expected = [texts["name"][lang] for texts in role_texts("march-1917").values()]
                self.assertEqual(names, expected)
                self.assertEqual(len(driver.find_elements("css selector", ".cut")), 1)
                # The Devanagari font is the embedded one, loaded and used.
                loaded = driver.execute_script(
                    "return document.fonts.check('16px \"Noto Sans Devanagari\"', 'मज़दूर')")
                self.assertTrue(loaded)
                height = driver.execute_script("return document.documentElement.scrollHeight")
                driver.set_window_size(900, min(height + 100, 4000))
                driver.save_screenshot(classroom.artefact("cards-march-1917-%s-screen.png" % lang))
            finally:
                driver.quit()


if __name__ == "__main__":
    unittest.main()
