"""The debrief report, made by the real program from games the test plays through pipes (a class that played
alone, and a classroom room with a terminal seat), printed to PDF by Chromium, its pages rendered to PNG, and
its text checked, in English and Hindi. Every HTML, PDF, PNG and screenshot is kept as an artefact."""

import os
import subprocess
import tempfile
import unittest

import classroom

# The duma game of the users' report (ux.md S2): a passive deputy, twelve choices.
DUMA = "1\n1\n1\n3\n2\n1\n3\n2\n2\n2\n2\n1\n"
HOSTILE = "Asha <script>"


def run(arguments, home_folder, stdin=b"", cwd=None):
    result = subprocess.run([classroom.PROGRAM, *arguments], input=stdin, capture_output=True, timeout=180,
                            env=classroom.environment(home_folder), cwd=cwd)
    return result.returncode, result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace")


class ReportTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        # A class that played alone: two students on one machine, each with their own name.
        cls.home = classroom.home()
        status, _, errors = run(["play", "march-1917", "--role", "duma", "--lang", "en", "--seed", "1", "--name", HOSTILE],
                                cls.home, (DUMA + "quit\n").encode())
        assert status == 0, errors
        status, _, errors = run(["play", "march-1917", "--role", "soldier", "--lang", "hi", "--seed", "2", "--name", "Ravi"],
                                cls.home, b"3\n1\n2\n1\nquit\n")
        assert status == 0, errors
        cls.saves = os.path.join(cls.home, ".local/state/petrograd/saves")

    def make(self, language, name, arguments):
        path = classroom.artefact(name + ".html")
        status, output, errors = run(["report", *arguments, "--lang", language, "--output", path], self.home)
        self.assertEqual(status, 0, errors)
        self.assertIn(path, output)
        with open(path, encoding="utf-8") as page:
            html = page.read()
        self.assertNotIn("<script", html.lower().replace("&lt;script", ""), "a report runs no script")
        self.assertIn('<html lang="%s">' % language, html)
        pdf = classroom.artefact(name + ".pdf")
        classroom.print_to_pdf(path, pdf)
        pngs = classroom.pdf_pages_to_png(pdf, classroom.artefact(name + "-page"))
        self.assertGreater(len(pngs), 2)
        self.screenshot(path, name)
        return html, classroom.pdf_text(pdf)

    def screenshot(self, path, name):
        driver = classroom.chromium(width=1000, height=1400)
        try:
            driver.get("file://" + os.path.abspath(path))
            classroom.wait_for(driver, lambda d: d.execute_script("return document.fonts.status") == "loaded")
            headings = driver.execute_script("return [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map(h => +h.tagName[1])")
            self.assertEqual(headings[0], 1)
            for earlier, later in zip(headings, headings[1:]):
                self.assertLessEqual(later, earlier + 1, "headings go down one level at a time")
            # The Devanagari font the page carries is the one that draws it.
            self.assertTrue(driver.execute_script("return document.fonts.check('16px \"Report Devanagari\"', 'फ़रवरी')"))
            driver.save_screenshot(classroom.artefact(name + "-screen.png"))
        finally:
            driver.quit()

    def test_solo_saves_in_english(self):
        html, text = self.make("en", "report-solo-en", [self.saves])
        for heading in ["Debrief report", "The city's course against history", "Which events went otherwise, and why",
                        "Endings by role", "Each seat's path", "The journals", "Questions for reflection"]:
            self.assertIn(heading, text)
        self.assertIn(HOSTILE, text, "the student's name, printed as typed")
        self.assertIn("&lt;script&gt;", html)
        self.assertIn("Ravi", text)
        self.assertIn("Lockout at the Putilov works.", text)
        self.assertIn("22 Feb / 7 Mar 1917", text, "dates in both calendars")
        self.assertIn("How did your character's choice differ from what really happened", text)

    def test_solo_saves_in_hindi(self):
        html, text = self.make("hi", "report-solo-hi", [self.saves])
        for heading in ["चर्चा की रिपोर्ट", "शहर की राह, इतिहास के सामने", "कौन-सी घटनाएँ अलग हुईं, और क्यों", "भूमिका के हिसाब से अंत",
                        "हर आसन की राह", "डायरियाँ", "सोचने के लिए प्रश्न"]:
            self.assertIn(heading, text)
        self.assertIn("Ravi", text)
        self.assertIn("पुतिलोव कारख़ाने में तालाबंदी।", text)
        self.assertIn("22 फ़रवरी / 7 मार्च 1917", text)
        self.assertIn("आपके पात्र का निर्णय असली इतिहास से", text)
        self.assertNotIn("Debrief report", text)

    def test_a_classroom_room_with_a_terminal_seat(self):
        with classroom.Host(lang="en") as host:
            seat_home = classroom.home()
            status, output, errors = run(["join", "127.0.0.1:%d" % host.port, "--code", host.code, "--name", "Meena",
                                          "--role", "worker", "--lang", "hi"], seat_home, b"1\n2\n")
            self.assertEqual(status, 0, output + errors)
            for language in ["en", "hi"]:
                html, text = self.make(language, "report-room-" + language, ["--room", host.code, "--database", host.database])
                self.assertIn(host.code, text)
                self.assertIn("Meena", text)
                self.assertIn("सोचने के लिए प्रश्न" if language == "hi" else "Questions for reflection", text)

    def test_february_and_october_for_a_student_who_played_both_acts(self):
        # Asha finishes March as the deputy, then carries on into October from her finished game.
        home_folder = classroom.home()
        status, _, errors = run(["play", "march-1917", "--role", "duma", "--lang", "en", "--seed", "1", "--name", "Asha"],
                                home_folder, (DUMA + "quit\n").encode())
        self.assertEqual(status, 0, errors)
        finished_folder = os.path.join(home_folder, ".local/state/petrograd/saves/march-1917/Asha/finished")
        finished = os.path.join(finished_folder, sorted(os.listdir(finished_folder))[0])
        status, _, errors = run(["play", "october-1917", "--from", finished, "--lang", "en", "--seed", "1", "--name", "Asha"],
                                home_folder, b"1\n1\nquit\n")
        self.assertEqual(status, 0, errors)
        saves = os.path.join(home_folder, ".local/state/petrograd/saves")
        for language, heading, february, october in [("en", "February and October", "February", "October"),
                                                      ("hi", "फ़रवरी और अक्टूबर", "फ़रवरी", "अक्टूबर")]:
            path = classroom.artefact("report-both-acts-%s.html" % language)
            status, _, errors = run(["report", saves, "--lang", language, "--output", path], home_folder)
            self.assertEqual(status, 0, errors)
            pdf = classroom.artefact("report-both-acts-%s.pdf" % language)
            classroom.print_to_pdf(path, pdf)
            classroom.pdf_pages_to_png(pdf, classroom.artefact("report-both-acts-%s-page" % language))
            text = classroom.pdf_text(pdf)
            self.assertIn(heading, text)
            both = text[text.rindex(heading):]
            self.assertIn("Asha", both)
            self.assertIn(february, both)
            self.assertIn(october, both)
            self.assertIn("23 Feb / 8 Mar 1917" if language == "en" else "23 फ़रवरी / 8 मार्च 1917", both, "a February choice, dated")


if __name__ == "__main__":
    unittest.main()
