"""The teacher's dashboard (/teacher) in headless Chromium: the login form, a wrong key, the live room as
terminal seats move, and the console's controls reaching the students, in English and in Hindi.
Screenshots of every state go to the artefacts folder."""

import time
import unittest

from selenium.webdriver.common.by import By

import classroom


class DashboardTests(unittest.TestCase):
    def setUp(self):
        self.host = classroom.Host()
        self.driver = classroom.chromium()
        self.joins = []

    def tearDown(self):
        self.driver.quit()
        for join in self.joins:
            join.close()
        self.host.close()

    def join(self, name, role):
        seat = classroom.Join(self.host, name, role)
        self.joins.append(seat)
        return seat

    def shot(self, name):
        """The whole page (charts included), as tall as it is."""
        height = self.driver.execute_script("return document.documentElement.scrollHeight;")
        self.driver.set_window_size(1280, max(1000, min(height + 140, 6000)))
        self.driver.save_screenshot(classroom.artefact("dashboard-%s.png" % name))
        self.driver.set_window_size(1280, 1000)

    def element(self, css):
        return self.driver.find_element(By.CSS_SELECTOR, css)

    def log_in(self, lang, key):
        self.driver.get(self.host.url + "/teacher?lang=" + lang)
        field = self.element("#key")
        field.clear()
        field.send_keys(key)
        self.element("#log-in").click()

    def live(self):
        classroom.wait_for(self.driver, lambda d: d.find_element(By.ID, "live-status").get_attribute("class") == "on",
                           message="the live socket never opened")

    def seat(self, number):
        """Seat `number`'s row as the page shows it now, read in one go (the live region is replaced as the
        room changes, so elements found earlier go stale)."""
        return self.driver.execute_script("""
            const row = document.querySelector('#seats tr[data-seat="' + arguments[0] + '"]');
            if (!row) return null;
            const name = row.querySelector('.name');
            return {name: name.textContent, markup: name.children.length, at: row.querySelector('.at').dataset.at,
                    text: row.textContent};
        """, number)

    def live_html(self, css):
        return self.driver.execute_script("const e = document.querySelector(arguments[0]); return e ? e.innerHTML : null;", css)

    def run_class(self, lang, words):
        driver = self.driver
        # The login form: its language, its label, its focus order.
        driver.get(self.host.url + "/teacher?lang=" + lang)
        self.assertEqual(self.element("html").get_attribute("lang"), lang)
        self.assertEqual(self.element("h1").text, words["title"])
        self.assertEqual(self.element('label[for="key"]').text, words["key"])
        self.assertEqual(self.element("#key").get_attribute("type"), "password")
        self.assertEqual(classroom.tab_order(driver, 3), ["lang-switch", "key", "log-in"])
        self.shot("login-" + lang)

        # A wrong key: the form again, kindly, with the key never in the address.
        self.log_in(lang, "not-the-key")
        # The click only starts the form's post: wait for the page that answers it.
        classroom.wait_for(driver, lambda d: d.find_elements(By.ID, "login-error"), message="the wrong key was not answered")
        self.assertIn(words["wrong"], self.element("#login-error").text)
        self.assertEqual(self.element("#key").get_attribute("aria-invalid"), "true")
        self.shot("wrong-key-" + lang)

        self.log_in(lang, self.host.key)
        self.assertNotIn(self.host.key, driver.current_url)
        self.live()
        self.assertEqual(self.element("#room-code").text, self.host.code)
        self.assertTrue(driver.execute_script("return document.getElementById('no-seats') !== null;"))
        cookie = driver.get_cookie("petrograd_teacher")
        self.assertTrue(cookie["httpOnly"])
        self.assertEqual(cookie["sameSite"], "Strict")
        self.assertNotEqual(cookie["value"], self.host.key)
        self.assertEqual(driver.execute_script("return Array.from(document.querySelectorAll('h2')).map(h => h.textContent.trim());")[:3],
                         [words["controls"], words["state"], words["seats"]])
        self.assertEqual(classroom.tab_order(driver, 11),
                         ["lang-switch", "report-link", "log-out", "pause", "timer-seconds", "timer-set", "timer-off", "say-text", "say-to",
                          "say-send", "end"])

        # Seats join from terminals and move: the table follows with no reload.
        driver.execute_script("window.notReloaded = true;")
        asha = self.join("Asha <b>bold</b>", "worker")
        classroom.wait_for(driver, lambda d: self.seat(1) is not None, message="seat 1 never appeared")
        self.assertEqual(self.seat(1)["name"], "Asha <b>bold</b>")
        self.assertEqual(self.seat(1)["markup"], 0)
        self.assertEqual(self.seat(1)["at"], "bread-queue")
        self.join("Ravi", "soldier")
        classroom.wait_for(driver, lambda d: self.seat(2) is not None, message="seat 2 never appeared")
        asha.wait_for_text("  3. ")
        charts_before = self.live_html("#room-live .charts")
        asha.type("3")
        classroom.wait_for(driver, lambda d: self.seat(1)["at"] != "bread-queue", message="seat 1's move never reached the dashboard")
        classroom.wait_for(driver, lambda d: self.live_html("#room-live .charts") != charts_before, message="the city's charts never changed")
        self.assertTrue(driver.execute_script("return window.notReloaded === true;"))
        self.assertEqual([o.text for o in driver.find_elements(By.CSS_SELECTOR, "#say-to option")][1:],
                         ["1 · Asha <b>bold</b>", "2 · Ravi"])
        self.shot("seats-" + lang)

        # Pause and say from the dashboard reach the room, and the student's terminal. (A terminal fed through a
        # pipe prints the room's news when it reads its next line, which waits while the room is paused.)
        self.element("#pause").click()
        classroom.wait_for(driver, lambda d: self.live_html("#pause-state") and "badge paused" in self.live_html("#pause-state"),
                           message="never shown paused")
        classroom.wait_for(driver, lambda d: not d.find_element(By.ID, "resume").get_attribute("disabled"), message="resume stayed off")
        self.assertTrue(self.element("#pause").get_attribute("disabled"))
        self.shot("paused-" + lang)
        self.element("#say-text").send_keys("Read the leaflet again")
        self.element("#say-send").click()
        classroom.wait_for(driver, lambda d: "Read the leaflet again" in d.find_element(By.ID, "control-result").text,
                           message="the room never echoed the message")
        self.element("#resume").click()
        classroom.wait_for(driver, lambda d: "badge paused" not in (self.live_html("#pause-state") or "badge paused"), message="never resumed")
        asha.type("journal")
        asha.wait_for_text("The teacher has paused the game")
        asha.wait_for_text("The teacher says: Read the leaflet again")
        self.element("#timer-seconds").send_keys("120")
        self.element("#timer-set").click()
        classroom.wait_for(driver, lambda d: "120" in (self.live_html("#timer-state") or ""), message="the clock never showed")
        asha.type("journal")
        asha.wait_for_text("The teacher set a clock")

        # End, after a confirmation (which Escape closes, giving the focus back).
        self.element("#end").click()
        self.assertTrue(self.element("#end-confirm").is_displayed())
        from selenium.webdriver.common.keys import Keys
        driver.switch_to.active_element.send_keys(Keys.ESCAPE)
        self.assertFalse(self.element("#end-confirm").is_displayed())
        self.assertEqual(driver.switch_to.active_element.get_attribute("id"), "end")
        self.assertFalse(driver.execute_script("return document.getElementById('ended-state') !== null;"))
        self.element("#end").click()
        self.assertTrue(self.element("#end-confirm").is_displayed())
        self.assertEqual(driver.switch_to.active_element.get_attribute("id"), "end-no")
        self.shot("end-confirm-" + lang)
        self.element("#end-yes").click()
        classroom.wait_for(driver, lambda d: d.find_elements(By.ID, "ended-state"), message="never shown ended")
        asha.type("journal")
        asha.wait_for_text("The teacher ended the class game")
        self.assertTrue(self.element("#end").get_attribute("disabled"))
        time.sleep(0.5)
        self.shot("ended-" + lang)

        # The debrief report, from the dashboard's link, during the class: the room's seats, their names as text.
        dashboard = driver.current_window_handle
        self.element("#report-link").click()
        classroom.wait_for(driver, lambda d: len(d.window_handles) == 2, message="the report did not open in a new tab")
        driver.switch_to.window([h for h in driver.window_handles if h != dashboard][0])
        classroom.wait_for(driver, lambda d: d.find_elements(By.TAG_NAME, "h1"), message="the report never loaded")
        self.assertEqual(driver.find_element(By.TAG_NAME, "html").get_attribute("lang"), lang)
        self.assertIn("Asha <b>bold</b>", driver.find_element(By.TAG_NAME, "body").text)
        self.assertEqual(driver.find_elements(By.CSS_SELECTOR, "body b"), [], "a name is never markup")
        self.assertEqual(driver.find_elements(By.TAG_NAME, "script"), [])
        self.shot("report-" + lang)
        driver.close()
        driver.switch_to.window(dashboard)

        # Logging out ends the session: the login form again, and the report is the teacher's no more.
        self.element("#log-out").click()
        classroom.wait_for(driver, lambda d: d.find_elements(By.ID, "key"), message="logging out did not show the form")
        driver.get(self.host.url + "/report?lang=" + lang)
        classroom.wait_for(driver, lambda d: d.find_elements(By.ID, "key"), message="the report was shown without a session")

    def test_a_class_in_english(self):
        self.run_class("en", {"title": "Teacher's dashboard", "key": "Teacher's key", "wrong": "That key does not open any room",
                              "controls": "The room's controls", "state": "The room now", "seats": "Seats"})

    def test_a_class_in_hindi(self):
        self.run_class("hi", {"title": "शिक्षक का डैशबोर्ड", "key": "शिक्षक की कुंजी", "wrong": "यह कुंजी यहाँ कोई कमरा नहीं खोलती",
                              "controls": "कमरे के नियंत्रण", "state": "कमरा अभी", "seats": "सीटें"})

    def test_the_live_socket_refuses_a_page_without_the_session(self):
        self.driver.get(self.host.url + "/teacher")
        opened = self.driver.execute_async_script("""
            const done = arguments[arguments.length - 1];
            const socket = new WebSocket("ws://" + location.host + "/teacher/live");
            socket.onopen = () => done("opened");
            socket.onerror = () => done("refused");
        """)
        self.assertEqual(opened, "refused")


if __name__ == "__main__":
    unittest.main()
