"""What the browser tests share: the program's path, a classroom host run as a teacher runs it, a headless
Chromium, and a place for the artefacts (screenshots, PDFs, PNG pages) a person looks at afterwards.

Nothing here downloads anything: Chromium and its driver are Debian's (/usr/bin/chromium,
/usr/bin/chromedriver), installed by .ci/setup. Every server runs on 127.0.0.1 with a port the system picks.
"""

import os
import re
import shutil
import subprocess
import tempfile
import threading
import time

from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

PROGRAM = os.environ.get("PETROGRAD_BIN", os.path.join(os.path.dirname(__file__), "../../.build/debug/petrograd"))
ARTEFACTS = os.environ.get("PETROGRAD_ARTEFACTS", os.path.join(os.path.dirname(__file__), "../../.build/browser-artefacts"))
CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"


def artefact(name):
    """The path of an artefact file, its folder made."""
    os.makedirs(ARTEFACTS, exist_ok=True)
    return os.path.join(ARTEFACTS, name)


def home():
    """A fresh HOME for one program run, so no test sees another's settings, saves or rooms."""
    return tempfile.mkdtemp(prefix="petrograd-browser-")


def environment(home_folder):
    env = dict(os.environ)
    env["HOME"] = home_folder
    env["XDG_STATE_HOME"] = os.path.join(home_folder, ".local/state")
    env["XDG_CONFIG_HOME"] = os.path.join(home_folder, ".config")
    env["XDG_DATA_HOME"] = os.path.join(home_folder, ".local/share")
    env.pop("PETROGRAD_LANG", None)
    return env


class Host:
    """`petrograd host SCENARIO` on 127.0.0.1 with a port the system picks, its console fed through a pipe as a
    teacher would type into it. Reads the room code, the port and the teacher's key from what it prints."""

    def __init__(self, scenario="march-1917", lang="en", seed=1917, extra=()):
        self.home = home()
        self.database = os.path.join(self.home, "classroom.sqlite")
        self.process = subprocess.Popen(
            [PROGRAM, "host", scenario, "--port", "0", "--bind", "127.0.0.1", "--database", self.database,
             "--lang", lang, "--seed", str(seed), *extra],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=environment(self.home))
        self.lines = []
        self._ready = threading.Event()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()
        if not self._ready.wait(60):
            self.close()
            raise RuntimeError("the host did not open a room:\n" + "\n".join(self.lines))
        text = "\n".join(self.lines)
        self.code = re.search(r"^Room code: (\S+)", text, re.M).group(1)
        self.port = int(re.search(r"Listening on 127\.0\.0\.1:(\d+)", text).group(1))
        self.key = re.search(r"Teacher's key[^:]*: (\S+)", text).group(1)
        self.url = "http://127.0.0.1:%d" % self.port

    def _read(self):
        for raw in self.process.stdout:
            line = raw.decode("utf-8", "replace").rstrip("\n")
            self.lines.append(line)
            if "teacher's console is ready" in line.lower() or "कंसोल" in line:
                self._ready.set()
        self._ready.set()

    def type(self, line):
        """Types one line into the teacher's console."""
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()

    def output_since(self, count):
        return "\n".join(self.lines[count:])

    def close(self):
        if self.process.poll() is None:
            try:
                self.type("quit")
                self.process.stdin.close()
                self.process.wait(30)
            except Exception:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def chromium(width=1280, height=1000, lang=None):
    """A headless Chromium, Debian's, through Debian's chromedriver."""
    options = Options()
    options.binary_location = CHROMIUM
    options.add_argument("--headless=new")
    options.add_argument("--no-sandbox")
    options.add_argument("--disable-dev-shm-usage")
    options.add_argument("--disable-gpu")
    options.add_argument("--window-size=%d,%d" % (width, height))
    if lang:
        options.add_argument("--lang=" + lang)
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(60)
    return driver


def wait_for(driver, condition, timeout=30, message=""):
    """Waits until condition(driver) is true (or returns something), polling; fails with message."""
    return WebDriverWait(driver, timeout, poll_frequency=0.1).until(condition, message)


def print_to_pdf(html_path, pdf_path):
    """Chromium's own printing of a page to PDF (A4, as the page's CSS asks)."""
    subprocess.run([CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf_path, "file://" + os.path.abspath(html_path)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def pdf_pages_to_png(pdf_path, prefix):
    """pdftoppm's PNG pages of a PDF; returns their paths, in order."""
    subprocess.run(["pdftoppm", "-png", "-r", "60", pdf_path, prefix], check=True, timeout=120)
    folder, stem = os.path.split(prefix)
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.startswith(stem) and name.endswith(".png"))


def pdf_text(pdf_path):
    """The text of a PDF, by pdftotext (poppler-utils), in reading order."""
    return subprocess.run(["pdftotext", "-layout", pdf_path, "-"], check=True, capture_output=True, timeout=60).stdout.decode("utf-8")


class Join:
    """`petrograd join` on a host's room, its game prompt fed through a pipe as a student would type into it;
    what it prints is kept in `lines` (a reader thread)."""

    def __init__(self, host, name, role, lang="en"):
        self.home = home()
        self.process = subprocess.Popen(
            # Line-buffered, so each line the student would see arrives as it is printed.
            ["stdbuf", "-oL", PROGRAM, "join", "127.0.0.1:%d" % host.port, "--code", host.code, "--name", name, "--role", role,
             "--lang", lang, "--plain"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=environment(self.home))
        self.lines = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self):
        for raw in self.process.stdout:
            self.lines.append(raw.decode("utf-8", "replace").rstrip("\n"))

    def type(self, line):
        self.process.stdin.write((line + "\n").encode())
        self.process.stdin.flush()

    def text(self):
        return "\n".join(self.lines)

    def wait_for_text(self, needle, timeout=30):
        """Waits until the student's terminal has shown `needle`; fails with what it showed."""
        deadline = time.time() + timeout
        while time.time() < deadline:
            if needle in self.text():
                return
            time.sleep(0.1)
        raise AssertionError("the joined terminal never showed %r; it showed:\n%s" % (needle, self.text()[-3000:]))

    def close(self):
        if self.process.poll() is None:
            try:
                self.process.stdin.close()
                self.process.wait(10)
            except Exception:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.home, ignore_errors=True)


def tab_order(driver, presses):
    """The id (or, without one, the tag and text) of the focused element after each of `presses` Tab keys,
    starting from the top of the page."""
    from selenium.webdriver.common.action_chains import ActionChains
    from selenium.webdriver.common.keys import Keys
    # Focus a throwaway element at the very top, so the first Tab goes where a fresh page's first Tab goes.
    driver.execute_script("const start = document.createElement('span'); start.id = 'tab-start'; start.tabIndex = -1;"
                          "document.body.prepend(start); start.focus();")
    order = []
    for _ in range(presses):
        ActionChains(driver).send_keys(Keys.TAB).perform()
        driver.execute_script("const start = document.getElementById('tab-start'); if (start) start.remove();")
        order.append(driver.execute_script(
            "const e = document.activeElement; return e.id || (e.tagName.toLowerCase() + ':' + e.textContent.trim());"))
    return order


# The browser seat (`/`): helpers shared by the seat's tests.

def seat_open(driver, host, lang):
    """Opens the seat page of `host` in `lang`."""
    driver.get("%s/?lang=%s" % (host.url, lang))
    wait_for(driver, lambda d: d.find_element("id", "code"), message="the seat page did not load")


def seat_join(driver, host, name, role, lang="en"):
    """Takes a new seat through the page's form, as a student types it; waits until the story shows."""
    from selenium.webdriver.support.ui import Select
    seat_open(driver, host, lang)
    driver.find_element("id", "code").send_keys(host.code)
    driver.find_element("id", "name").click()
    driver.find_element("id", "name").send_keys(name)
    wait_for(driver, lambda d: any(o.get_attribute("value") == role for o in d.find_elements("css selector", "#role option")),
             message="the room's roles did not come")
    Select(driver.find_element("id", "role")).select_by_value(role)
    driver.find_element("id", "join-button").click()
    wait_for(driver, lambda d: d.find_element("id", "play").is_displayed() and d.find_elements("css selector", "#story p"),
             message="the seat did not start")
    seat_settled(driver)


def seat_steps(driver):
    """How many lines the room's log had when the page's state last came."""
    return int(driver.execute_script("return document.body.dataset.steps || '0'"))


def seat_status(driver):
    return driver.execute_script("return document.body.dataset.status || ''")


def seat_settled(driver, timeout=30):
    """Waits until the page has a state (choices, waiting, or an ending)."""
    wait_for(driver, lambda d: seat_status(d) != "", timeout, "the seat got no state")


def seat_choose_first(driver, timeout=30):
    """Clicks the first choice that can be taken and waits for the step's texts; False when there is none.
    The page redraws its choices whenever the room moves (another seat's step), so the first enabled choice
    is found and clicked in one script, never through an element that a redraw may have replaced."""
    if seat_status(driver) != "choose":
        return False
    before = len(driver.find_elements("css selector", "#story p[data-n]"))
    clicked = driver.execute_script("""
        const button = Array.from(document.querySelectorAll('#choices button.choice')).find(b => !b.disabled);
        if (!button) return false;
        button.click();
        return true;
    """)
    if not clicked:
        return False
    wait_for(driver, lambda d: len(d.find_elements("css selector", "#story p[data-n]")) > before, timeout, "the choice brought no text")
    return True
