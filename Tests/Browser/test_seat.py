"""The browser seat (`/`): a student plays in Chromium, in English and in Hindi, beside other browser seats
and a terminal `petrograd join`; the page survives a dropped socket, and it works from the keyboard alone.
Screenshots of each state, in both languages, go to the artefacts folder."""

import os
import subprocess
import time
import unittest

from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

import classroom
from classroom import Host, artefact, chromium, seat_choose_first, seat_join, seat_open, seat_settled, seat_status, seat_steps, wait_for

DEVANAGARI = range(0x0900, 0x0980)


def has_devanagari(text):
    return any(ord(c) in DEVANAGARI for c in text)


def story_numbers(driver):
    return [int(p.get_attribute("data-n")) for p in driver.find_elements(By.CSS_SELECTOR, "#story p[data-n]")]


class SeatPlaysToAnEnding(unittest.TestCase):
    """One browser seat plays the Duma deputy to one of his endings, taking the first choice each time."""

    def play(self, lang, role):
        with Host(seed=1) as host:
            driver = chromium()
            try:
                seat_open(driver, host, lang)
                driver.save_screenshot(artefact("seat-%s-1-join.png" % lang))
                seat_join(driver, host, "Asha <b>&amp;</b>", role, lang)
                driver.save_screenshot(artefact("seat-%s-2-first-scene.png" % lang))
                # The name is shown as typed, never read as markup.
                self.assertIn("Asha <b>&amp;</b>", driver.find_element(By.ID, "seat-line").text)
                self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "#seat-line b"), [])
                steps = 0
                while seat_status(driver) == "choose" and steps < 80:
                    self.assertTrue(seat_choose_first(driver))
                    steps += 1
                    if steps == 3:
                        driver.find_element(By.ID, "journal-button").click()
                        wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#lookup h3"))
                        driver.save_screenshot(artefact("seat-%s-3-journal.png" % lang))
                wait_for(driver, lambda d: seat_status(d) == "finished", 30, "the story did not end")
                endings = driver.find_elements(By.CSS_SELECTOR, "#story p.ending")
                self.assertTrue(endings, "no ending text was shown")
                self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "#choices button"), [])
                driver.find_element(By.ID, "notes-button").click()
                wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#lookup h3"))
                driver.save_screenshot(artefact("seat-%s-4-ending.png" % lang))
                story = driver.find_element(By.ID, "story").text
                if lang == "hi":
                    self.assertTrue(has_devanagari(endings[-1].text))
                    self.assertTrue(has_devanagari(driver.find_element(By.ID, "date").text))
                else:
                    self.assertIn("Old Style", driver.find_element(By.ID, "date").text)
                # Every text came once.
                numbers = story_numbers(driver)
                self.assertEqual(numbers, list(range(1, len(numbers) + 1)))
                self.assertTrue(len(story) > 500)
            finally:
                driver.quit()

    def test_english(self):
        self.play("en", "duma")

    def test_hindi(self):
        self.play("hi", "duma")


class SeatsShareOneCity(unittest.TestCase):
    """Two browser seats and a terminal `join` in one room: each sees the others' effect on the city."""

    def test_two_browsers_and_a_terminal(self):
        with Host(seed=1) as host:
            asha, ravi = chromium(), chromium()
            terminal = None
            try:
                seat_join(asha, host, "Asha", "worker", "en")
                seat_join(ravi, host, "Ravi", "soldier", "hi")
                terminal = subprocess.Popen(
                    [classroom.PROGRAM, "join", "127.0.0.1:%d" % host.port, "--code", host.code, "--name", "Tanya", "--role", "duma"],
                    stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                    env=classroom.environment(classroom.home()))
                # The terminal's join reaches both browsers.
                wait_for(asha, lambda d: seat_steps(d) >= 3, 30, "the terminal's join did not reach the first browser")
                wait_for(ravi, lambda d: seat_steps(d) >= 3, 30, "the terminal's join did not reach the second browser")
                for _ in range(4):
                    before = seat_steps(asha)
                    terminal.stdin.write(b"1\n")
                    terminal.stdin.flush()
                    seat_choose_first(asha)
                    seat_choose_first(ravi)
                    wait_for(asha, lambda d: seat_steps(d) > before, 30, "nothing moved")
                time.sleep(1)
                # At the same point of the log, both browsers show the same city.
                wait_for(asha, lambda d: seat_steps(d) == seat_steps(ravi), 30, "the browsers did not catch up")
                self.assertEqual(asha.find_element(By.ID, "city").get_attribute("textContent").count("\n"),
                                 ravi.find_element(By.ID, "city").get_attribute("textContent").count("\n"))
                values = lambda d: [e.get_attribute("textContent") for e in d.find_elements(By.CSS_SELECTOR, "#city dd")]
                self.assertTrue(values(asha))
                self.assertEqual(values(asha), values(ravi))
                # The terminal's choices are in the log both browsers replay.
                self.assertGreaterEqual(seat_steps(asha), 3 + 4)
                asha.save_screenshot(artefact("seat-en-5-shared-city.png"))
                ravi.save_screenshot(artefact("seat-hi-5-shared-city.png"))
            finally:
                if terminal:
                    # A piped `join` waits for its turn before reading on; it is stopped as Ctrl-C would.
                    terminal.stdin.close()
                    terminal.terminate()
                    try:
                        terminal.wait(20)
                    except subprocess.TimeoutExpired:
                        terminal.kill()
                        terminal.wait()
                asha.quit()
                ravi.quit()


class SeatReconnects(unittest.TestCase):
    """A dropped socket: the page says it is reconnecting, takes the same seat back, and shows nothing twice."""

    def test_dropped_socket(self):
        for lang in ("en", "hi"):
            with Host(seed=1) as host:
                driver = chromium()
                try:
                    seat_join(driver, host, "Asha", "worker", lang)
                    seat_choose_first(driver)
                    seat_line = driver.find_element(By.ID, "seat-line").text
                    shown = story_numbers(driver)
                    # Blocks the next connection a moment, so the "reconnecting" state can be seen.
                    driver.execute_script("window.petrogradSocket.close();")
                    wait_for(driver, lambda d: "reconnecting" in d.find_element(By.TAG_NAME, "body").get_attribute("class"), 10)
                    driver.save_screenshot(artefact("seat-%s-6-reconnecting.png" % lang))
                    wait_for(driver, lambda d: "reconnecting" not in d.find_element(By.TAG_NAME, "body").get_attribute("class"), 30,
                             "the page did not reconnect")
                    seat_settled(driver)
                    self.assertEqual(driver.find_element(By.ID, "seat-line").text, seat_line)
                    self.assertEqual(story_numbers(driver), shown)
                    self.assertTrue(seat_choose_first(driver))
                    numbers = story_numbers(driver)
                    self.assertEqual(numbers, list(range(1, len(numbers) + 1)))
                    # A reload of the tab takes the seat back too, and shows the whole story once.
                    driver.refresh()
                    wait_for(driver, lambda d: d.find_element(By.ID, "play").is_displayed() and story_numbers(d) == numbers, 30,
                             "the reloaded page did not take its seat back")
                    self.assertEqual(driver.find_element(By.ID, "seat-line").text, seat_line)
                finally:
                    driver.quit()


class SeatPageStructure(unittest.TestCase):
    """lang attributes, headings, labels, the focus order, and a choice made with keys only."""

    def test_structure_and_keyboard(self):
        with Host(seed=1) as host:
            driver = chromium()
            try:
                for lang, other in (("en", "hi"), ("hi", "en")):
                    seat_open(driver, host, lang)
                    self.assertEqual(driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), lang)
                    switch = driver.find_element(By.ID, "language-switch")
                    self.assertEqual(switch.get_attribute("lang"), other)
                    self.assertEqual(len(driver.find_elements(By.TAG_NAME, "h1")), 1)
                    headings = [h.get_attribute("textContent").strip() for h in driver.find_elements(By.TAG_NAME, "h2")]
                    self.assertGreaterEqual(len(headings), 5)
                    self.assertTrue(all(headings))
                    for field in driver.find_elements(By.CSS_SELECTOR, "input, select"):
                        labels = driver.find_elements(By.CSS_SELECTOR, "label[for='%s']" % field.get_attribute("id"))
                        self.assertEqual(len(labels), 1, field.get_attribute("id"))
                        self.assertTrue(labels[0].get_attribute("textContent").strip())
                    if lang == "hi":
                        self.assertTrue(has_devanagari(driver.find_element(By.TAG_NAME, "h1").text))

                # A wrong code is answered in the page's words, and the form stays to be corrected.
                seat_open(driver, host, "hi")
                driver.find_element(By.ID, "code").send_keys("ZZZZZZ" + Keys.TAB)
                wait_for(driver, lambda d: d.find_element(By.ID, "problem").is_displayed(), 30, "a wrong code got no answer")
                self.assertTrue(has_devanagari(driver.find_element(By.ID, "problem").text))
                driver.save_screenshot(artefact("seat-hi-0-wrong-code.png"))

                # The focus order of the form: the code first, then name, role, the button.
                seat_open(driver, host, "en")
                active = lambda: driver.switch_to.active_element.get_attribute("id")
                self.assertEqual(active(), "code")
                driver.switch_to.active_element.send_keys(host.code)
                order = []
                for _ in range(3):
                    driver.switch_to.active_element.send_keys(Keys.TAB)
                    order.append(active())
                self.assertEqual(order, ["name", "role", "join-button"])
                # The whole join by keys: back to the name, type, choose a role with the arrows, Enter.
                driver.find_element(By.ID, "name").send_keys("Keys Only")
                wait_for(driver, lambda d: len(d.find_elements(By.CSS_SELECTOR, "#role option")) >= 3)
                driver.find_element(By.ID, "role").send_keys(Keys.ARROW_DOWN)
                driver.find_element(By.ID, "role").send_keys(Keys.ENTER)
                if not driver.find_element(By.ID, "play").is_displayed():
                    driver.find_element(By.ID, "join-button").send_keys(Keys.ENTER)
                wait_for(driver, lambda d: d.find_element(By.ID, "play").is_displayed(), 30, "keys did not seat the student")
                seat_settled(driver)
                # Focus is on the new text; a digit and Enter choose.
                self.assertEqual(driver.switch_to.active_element.tag_name, "p")
                before = story_numbers(driver)
                driver.switch_to.active_element.send_keys("1")
                self.assertEqual(active(), "number")
                driver.switch_to.active_element.send_keys(Keys.ENTER)
                wait_for(driver, lambda d: len(story_numbers(d)) > len(before), 30, "digit and Enter did not choose")
                focused = driver.switch_to.active_element
                self.assertEqual(focused.tag_name, "p")
                self.assertEqual(int(focused.get_attribute("data-n")), len(before) + 1)
                # Tabbing from the new text reaches the choices, each with its digit as access key.
                buttons = driver.find_elements(By.CSS_SELECTOR, "#choices button.choice")
                self.assertTrue(buttons)
                self.assertEqual(buttons[0].get_attribute("accesskey"), "1")
                driver.switch_to.active_element.send_keys(Keys.TAB)
                self.assertEqual(driver.switch_to.active_element.get_attribute("data-number"), "1")
                # The story is announced as it grows.
                self.assertEqual(driver.find_element(By.ID, "story").get_attribute("aria-live"), "polite")
                driver.save_screenshot(artefact("seat-en-7-keyboard.png"))
            finally:
                driver.quit()


class SeatHearsTheTeacher(unittest.TestCase):
    """The teacher's console moves a browser seat as any seat: say (shown as text, never markup), pause,
    resume, end (which plays every seat on to its ending)."""

    def test_say_pause_resume_end(self):
        for lang in ("en", "hi"):
            with Host(seed=1) as host:
                driver = chromium()
                try:
                    seat_join(driver, host, "Asha", "worker", lang)
                    host.type("say Read the leaflet <img src=x onerror=alert(1)> again")
                    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#story p.say"), 30, "the teacher's words did not come")
                    said = driver.find_element(By.CSS_SELECTOR, "#story p.say").text
                    self.assertIn("<img src=x onerror=alert(1)>", said)
                    self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "#story img"), [])
                    host.type("pause")
                    wait_for(driver, lambda d: seat_status(d) == "paused", 30, "the pause did not reach the page")
                    self.assertEqual([b for b in driver.find_elements(By.CSS_SELECTOR, "#choices button") if b.is_enabled()], [])
                    self.assertTrue(driver.find_element(By.ID, "number-form").get_attribute("hidden"))
                    self.assertTrue(driver.find_element(By.ID, "status").text)
                    driver.save_screenshot(artefact("seat-%s-8-paused-and-told.png" % lang))
                    host.type("resume")
                    wait_for(driver, lambda d: seat_status(d) == "choose", 30, "the resume did not reach the page")
                    host.type("timer 2m")
                    wait_for(driver, lambda d: d.find_element(By.ID, "timer").is_displayed(), 30, "the decision clock was not shown")
                    self.assertIn("120", driver.find_element(By.ID, "timer").text)
                    self.assertTrue(seat_choose_first(driver))
                    host.type("end")
                    wait_for(driver, lambda d: seat_status(d) in ("finished", "ended"), 60, "the end did not reach the page")
                    wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, "#story p.ending"), 60, "no ending after the teacher's end")
                    self.assertTrue(driver.find_elements(By.CSS_SELECTOR, "#story p.notice"))
                    driver.save_screenshot(artefact("seat-%s-9-ended-by-teacher.png" % lang))
                finally:
                    driver.quit()


if __name__ == "__main__":
    unittest.main()
