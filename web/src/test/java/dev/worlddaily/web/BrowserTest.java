package dev.worlddaily.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.worlddaily.model.story.Story;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The site in a real headless Chromium (Debian's chromium and chromium-driver): home, a story
 * page and Trends with their key elements, a citation hovered, focused by keyboard and tapped,
 * a 360-pixel-wide screen and dark mode. Screenshots go to {@code target/browser-screenshots}.
 * Without a browser the tests are skipped with a message, unless {@code WDN_REQUIRE_BROWSER=1}
 * (as in CI), when they fail.
 */
class BrowserTest {
  static final Path SHOTS = Path.of("target", "browser-screenshots");
  @TempDir static Path dir;
  @TempDir static Path profile;
  static SiteFixture site;
  static Story quake;
  static ChromeDriver driver;
  static WebDriverWait wait;

  @BeforeAll
  static void startBrowser() throws IOException {
    String chromium = find("WDN_CHROMIUM", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    String chromedriver = find("WDN_CHROMEDRIVER", "/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
    if (chromium == null || chromedriver == null) {
      String why = "browser tests need chromium and chromedriver (apt-get install chromium chromium-driver, or set WDN_CHROMIUM and WDN_CHROMEDRIVER); found "
          + (chromium == null ? "no chromium" : chromium) + " and " + (chromedriver == null ? "no chromedriver" : chromedriver);
      if ("1".equals(System.getenv("WDN_REQUIRE_BROWSER"))) {
        Assertions.fail("WDN_REQUIRE_BROWSER=1: " + why);
      }
      Assumptions.abort("skipped: " + why);
    }
    Files.createDirectories(SHOTS);
    site = new SiteFixture(dir, SiteFixture.fullConfig(), null);
    quake = site.newsroom();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile.toAbsolutePath(),
        "--window-size=1280,1800", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
    driver = new ChromeDriver(service, options);
    wait = new WebDriverWait(driver, Duration.ofSeconds(10));
  }

  /** The program named by {@code env} (authoritative when set), else the first of {@code paths} that exists. */
  private static String find(String env, String... paths) {
    String given = System.getenv(env);
    if (given != null && !given.isBlank()) {
      return Files.isExecutable(Path.of(given)) ? given : null;
    }
    for (String p : paths) {
      if (Files.isExecutable(Path.of(p))) {
        return p;
      }
    }
    return null;
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
    if (site != null) {
      site.close();
    }
  }

  @BeforeEach
  void desktop() {
    driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", false));
  }

  static void shot(String name) throws IOException {
    File f = driver.getScreenshotAs(OutputType.FILE);
    Files.copy(f.toPath(), SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  static void open(String path) {
    driver.get(site.url(path));
    wait.until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
  }

  static Object js(String script, Object... args) {
    return driver.executeScript(script, args);
  }

  @Test
  void homePageShowsTheMastheadNavigationAndRankedStories() throws IOException {
    open("/");
    assertThat(driver.getTitle()).isEqualTo("World Daily News");
    assertThat(driver.findElement(By.cssSelector(".brand")).getText()).isEqualTo("World Daily News");
    assertThat(driver.findElements(By.cssSelector("nav.sections a"))).extracting(WebElement::getText).contains("LATEST", "TRENDS", "WORLD");
    WebElement lead = driver.findElement(By.cssSelector(".card-lead .card-headline a"));
    assertThat(lead.getText()).isEqualTo("Earthquake kills at least 12 in Port Sarin");
    assertThat(driver.findElement(By.cssSelector(".card-lead img")).getAttribute("alt")).isEqualTo("Rescuers at dawn");
    // The first Tab reaches the skip link, which jumps to the content.
    new Actions(driver).sendKeys(Keys.TAB).perform();
    WebElement skip = driver.switchTo().activeElement();
    assertThat(skip.getText()).isEqualTo("Skip to content");
    assertThat(skip.getRect().getX()).isGreaterThanOrEqualTo(0);
    shot("home");
    lead.click();
    wait.until(ExpectedConditions.urlContains("/stories/"));
    assertThat(driver.findElement(By.cssSelector("h1.headline")).getText()).isEqualTo("Earthquake kills at least 12 in Port Sarin");
  }

  @Test
  void storyPageHasEverySectionAndCitationsShowTheirSourceSentence() throws IOException {
    open("/stories/s-quake-slug");
    List<String> labels = driver.findElements(By.cssSelector(".story .section-label")).stream().map(WebElement::getText).toList();
    assertThat(labels).containsExactly("IMAGES FROM THE REFERENCE SOURCES", "KEY POINTS", "QUOTES", "FIGURES", "PERSPECTIVES", "TIMELINE",
        "COVERAGE", "SOURCES", "CHANGE LOG", "RELATED STORIES");
    assertThat(driver.findElements(By.cssSelector(".images img"))).extracting(e -> e.getAttribute("alt")).containsExactly("Rescuers at dawn", "The harbour wall");
    assertThat(driver.findElement(By.cssSelector(".figures tr.conflict")).getText()).containsIgnoringCase("sources differ");
    assertThat(driver.findElements(By.cssSelector(".coverage-bar rect"))).isNotEmpty();
    WebElement mark = driver.findElement(By.cssSelector(".dek a.cite"));
    assertThat(mark.getDomAttribute("title")).as("the native tooltip gives way to the card").isNull();
    new Actions(driver).moveToElement(mark).perform();
    WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-card")));
    assertThat(card.getText()).contains("THE HARBOUR LEDGER").contains("A strong earthquake struck Port Sarin on Tuesday.");
    assertThat(mark.getAttribute("aria-describedby")).isEqualTo("cite-card");
    shot("story-citation");
    new Actions(driver).moveToElement(driver.findElement(By.cssSelector("h1.headline"))).perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".cite-card")));
    js("window.scrollTo(0, 0)");
    shot("story");
    mark.click();
    wait.until(ExpectedConditions.urlContains("/articles/"));
    assertThat(driver.findElement(By.cssSelector("mark#cited")).getText()).isEqualTo("A strong earthquake struck Port Sarin on Tuesday.");
    shot("source-text");
  }

  @Test
  void citationsWorkFromTheKeyboard() {
    open("/stories/s-quake-slug");
    WebElement active = null;
    for (int i = 0; i < 80; i++) {
      new Actions(driver).sendKeys(Keys.TAB).perform();
      active = driver.switchTo().activeElement();
      if ("cite".equals(active.getAttribute("class"))) {
        break;
      }
    }
    assertThat(active.getAttribute("class")).isEqualTo("cite");
    WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-card")));
    assertThat(card.getText()).contains(active.getAttribute("data-quote"));
    new Actions(driver).sendKeys(Keys.ESCAPE).perform();
    wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".cite-card")));
    new Actions(driver).sendKeys(Keys.ENTER).perform();
    wait.until(ExpectedConditions.urlContains("/articles/"));
    assertThat(driver.findElements(By.cssSelector("mark#cited"))).hasSize(1);
  }

  @Test
  void aTapShowsTheCitationAndASecondTapFollowsIt() {
    driver.executeCdpCommand("Emulation.setTouchEmulationEnabled", Map.of("enabled", true, "maxTouchPoints", 1));
    open("/stories/s-quake-slug");
    WebElement mark = driver.findElement(By.cssSelector(".body a.cite"));
    js("arguments[0].scrollIntoView({block: 'center'})", mark);
    tap(mark);
    WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".cite-card")));
    assertThat(card.getText()).contains(mark.getAttribute("data-quote"));
    assertThat(driver.getCurrentUrl()).contains("/stories/");
    tap(mark);
    wait.until(ExpectedConditions.urlContains("/articles/"));
  }

  /** A finger's tap, as W3C actions with a touch pointer (chromedriver sends real touch events). */
  private static void tap(WebElement e) {
    PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
    Sequence tap = new Sequence(finger, 0)
        .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(e), 0, 0))
        .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
        .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
    driver.perform(List.of(tap));
  }

  @Test
  void trendsShowSparklinesLinkedToStories() throws IOException {
    open("/trends");
    List<WebElement> trends = driver.findElements(By.cssSelector(".trend"));
    assertThat(trends).isNotEmpty();
    WebElement port = trends.stream().filter(t -> t.findElement(By.cssSelector(".trend-name")).getText().equals("Port Sarin")).findFirst().orElseThrow();
    WebElement spark = port.findElement(By.cssSelector("svg.spark"));
    assertThat(spark.getSize().getWidth()).isEqualTo(140);
    assertThat(spark.findElement(By.cssSelector("polyline")).getAttribute("points").split(" ")).hasSize(7);
    shot("trends");
    port.findElement(By.cssSelector("ul a")).click();
    wait.until(ExpectedConditions.urlContains("/stories/s-quake-slug"));
  }

  @Test
  void pagesFitA360PixelScreen() throws IOException {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", 360, "height", 800, "deviceScaleFactor", 1, "mobile", true));
    for (String path : List.of("/", "/stories/s-quake-slug", "/trends", "/search?q=quake", "/outlets/harbourledger.example", "/articles/" + quake.sources().get(0).articleId())) {
      open(path);
      long width = ((Number) js("return document.documentElement.scrollWidth")).longValue();
      assertThat(width).as(path + " is wider than the screen").isLessThanOrEqualTo(360);
    }
    open("/stories/s-quake-slug");
    shot("story-360");
  }

  @Test
  void darkModeFollowsTheSystemSetting() throws IOException {
    open("/stories/s-quake-slug");
    String light = (String) js("return getComputedStyle(document.body).backgroundColor");
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    String dark = (String) js("return getComputedStyle(document.body).backgroundColor");
    assertThat(light).isEqualTo("rgb(251, 250, 247)");
    assertThat(dark).isEqualTo("rgb(21, 21, 20)");
    shot("story-dark");
  }

  @Test
  void noRequestLeavesTheSite() {
    open("/stories/s-quake-slug");
    @SuppressWarnings("unchecked")
    List<String> resources = (List<String>) js("return performance.getEntriesByType('resource').map(e => e.name)");
    // Images of the sources are the outlets' own (fictional, unreachable here); everything else must be ours.
    assertThat(resources.stream().filter(u -> !u.contains("/img/"))).allSatisfy(u -> assertThat(u).startsWith(site.url("/")));
  }
}
