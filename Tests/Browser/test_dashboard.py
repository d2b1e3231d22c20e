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
        self.driver.save_screenshot(classroom.artefact("dashboard-%s.png" % name))

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

    def seat_row(self, number):
        rows = self.driver.find_elements(By.CSS_SELECTOR, '#seats tr[data-seat="%d"]' % number)
        return rows[0] if rows else None

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
        self.assertIn(words["wrong"], self.element("#login-error").text)
        self.assertEqual(self.element("#key").get_attribute("aria-invalid"), "true")
        self.shot("wrong-key-" + lang)

        self.log_in(lang, self.host.key)
        self.assertNotIn(self.host.key, driver.current_url)
        self.live()
        self.assertEqual(self.element("#room-code").text, self.host.code)
        self.assertTrue(driver.find_elements(By.ID, "no-seats"))
        cookie = driver.get_cookie("petrograd_teacher")
        self.assertTrue(cookie["httpOnly"])
        self.assertEqual(cookie["sameSite"], "Strict")
        self.assertNotEqual(cookie["value"], self.host.key)
        self.assertEqual([h.text for h in driver.find_elements(By.CSS_SELECTOR, "h2")][:3],
                         [words["controls"], words["state"], words["seats"]])
        self.assertEqual(classroom.tab_order(driver, 10),
                         ["lang-switch", "log-out", "pause", "timer-seconds", "timer-set", "timer-off", "say-text", "say-to",
                          "say-send", "end"])

        # Seats join from terminals and move: the table follows with no reload.
        driver.execute_script("window.notReloaded = true;")
        asha = self.join("Asha <b>bold</b>", "worker")
        classroom.wait_for(driver, lambda d: self.seat_row(1) is not None, message="seat 1 never appeared")
        name_cell = self.seat_row(1).find_element(By.CSS_SELECTOR, ".name")
        self.assertEqual(name_cell.text, "Asha <b>bold</b>")
        self.assertFalse(name_cell.find_elements(By.TAG_NAME, "b"))
        self.assertEqual(self.seat_row(1).find_element(By.CSS_SELECTOR, ".at").get_attribute("data-at"), "bread-queue")
        self.join("Ravi", "soldier")
        classroom.wait_for(driver, lambda d: self.seat_row(2) is not None, message="seat 2 never appeared")
        asha.wait_for_text("spread")
        charts_before = self.element("#room-live .charts").get_attribute("innerHTML")
        asha.type("3")
        classroom.wait_for(driver, lambda d: self.seat_row(1).find_element(By.CSS_SELECTOR, ".at").get_attribute("data-at") != "bread-queue",
                           message="seat 1's move never reached the dashboard")
        classroom.wait_for(driver, lambda d: self.element("#room-live .charts").get_attribute("innerHTML") != charts_before,
                           message="the city's charts never changed")
        self.assertTrue(driver.execute_script("return window.notReloaded === true;"))
        self.assertEqual([o.text for o in driver.find_elements(By.CSS_SELECTOR, "#say-to option")][1:],
                         ["1 · Asha <b>bold</b>", "2 · Ravi"])
        self.shot("seats-" + lang)

        # Pause and say from the dashboard reach the student's terminal.
        self.element("#pause").click()
        classroom.wait_for(driver, lambda d: d.find_elements(By.CSS_SELECTOR, ".badge.paused"), message="never shown paused")
        asha.wait_for_text("The teacher has paused the game")
        self.assertFalse(self.element("#resume").get_attribute("disabled"))
        self.shot("paused-" + lang)
        self.element("#say-text").send_keys("Read the leaflet again")
        self.element("#say-send").click()
        asha.wait_for_text("The teacher says: Read the leaflet again")
        classroom.wait_for(driver, lambda d: "Read the leaflet again" in d.find_element(By.ID, "control-result").text,
                           message="the dashboard never confirmed the message")
        self.element("#resume").click()
        classroom.wait_for(driver, lambda d: not d.find_elements(By.CSS_SELECTOR, ".badge.paused"), message="never resumed")
        self.element("#timer-seconds").send_keys("120")
        self.element("#timer-set").click()
        classroom.wait_for(driver, lambda d: "120" in d.find_element(By.ID, "timer-state").text, message="the clock never showed")
        asha.wait_for_text("The teacher set a clock")

        # End, after a confirmation.
        self.element("#end").click()
        self.assertTrue(self.element("#end-confirm").is_displayed())
        self.assertEqual(driver.switch_to.active_element.get_attribute("id"), "end-no")
        self.shot("end-confirm-" + lang)
        self.element("#end-yes").click()
        classroom.wait_for(driver, lambda d: d.find_elements(By.ID, "ended-state"), message="never shown ended")
        asha.wait_for_text("The teacher ended the class game")
        self.assertTrue(self.element("#end").get_attribute("disabled"))
        time.sleep(0.5)
        self.shot("ended-" + lang)

        # Logging out ends the session: the login form again.
        self.element("#log-out").click()
        classroom.wait_for(driver, lambda d: d.find_elements(By.ID, "key"), message="logging out did not show the form")

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
