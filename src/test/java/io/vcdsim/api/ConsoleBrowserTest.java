package io.vcdsim.api;

import io.vcdsim.Broker;
import io.vcdsim.Http;
import io.vcdsim.Sim;
import io.vcdsim.config.Config;
import io.vcdsim.config.TaskDurations;
import io.vcdsim.testing.VcdSimExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The console in a real headless Chromium (Debian's chromium and chromedriver, which .ci/run installs): an
 * administrator watches a tenant's task run to its end without a reload, approves a blocking task and sees the
 * tenant's task finish, reads the notifications the broker got, and edits the simulation; a tenant sees only its
 * own org's tasks, and cancels one.
 */
class ConsoleBrowserTest {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String ADMIN_CATALOG = "application/vnd.vmware.admin.catalog+xml";
    @RegisterExtension
    static final VcdSimExtension vcd = VcdSimExtension.create()
            .configuredBy(c -> c.withTaskDurations(TaskDurations.parse("PT0.1S", "catalogCreateCatalog=PT2S")));
    /** Selenium looks for a DevTools binding of this Chromium's version; the tests use none, so it is not news. */
    private static final java.util.logging.Logger CDP = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools.CdpVersionFinder");
    private static ChromeDriverService service;
    private static WebDriver browser;
    private static Http admin;
    private static Http tenant;

    @BeforeAll
    static void openBrowser() throws Exception {
        CDP.setLevel(java.util.logging.Level.SEVERE);
        boolean present = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
        if (!present && System.getenv("CI") != null) {
            throw new IllegalStateException("chromium and chromium-driver are missing: .ci/run installs them");
        }
        assumeTrue(present, "no chromium here: apt-get install chromium chromium-driver to run the console tests");
        service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000");
        browser = new ChromeDriver(service, options);
        admin = Sim.admin(vcd.sim());
        tenant = Sim.tenant(vcd.sim());
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        if (service != null) {
            service.stop();
        }
    }

    @BeforeEach
    void freshPage() {
        browser.get(vcd.httpUrl() + "/console");
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
        browser.navigate().refresh();
        // no blocking operations unless a test makes some
        assertThat(admin.put("/api/admin/extension/settings/blockingTask/operations",
                "application/vnd.vmware.admin.taskOperationList+xml",
                "<BlockingTaskOperations xmlns=\"" + Http.NS + "\"/>").status).isEqualTo(200);
    }

    @Test
    void anAdministratorWatchesATenantsTaskReachSuccessWithoutAReload() {
        logIn("administrator", "System", Config.DEFAULT_ADMIN_PASSWORD);
        ((JavascriptExecutor) browser).executeScript("window.sameDocument = true");

        String task = taskOf(createCatalog("watched"));
        By row = By.cssSelector("#tasks tr[data-task-id='" + task + "']");
        until(row);
        assertThat(text(row, "operation")).isEqualTo("catalogCreateCatalog");
        assertThat(text(row, "object")).isEqualTo("watched");
        assertThat(text(row, "org")).isEqualTo("acme");
        assertThat(text(row, "user")).isEqualTo("acmeadmin");
        statusBecomes(task, "running");
        screenshot("tasks");
        statusBecomes(task, "success");
        assertThat(((JavascriptExecutor) browser).executeScript("return window.sameDocument")).isEqualTo(true);

        // the filters hide what does not match
        new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("running");
        assertThat(browser.findElement(By.cssSelector("#tasks tr[data-task-id='" + task + "']")).isDisplayed()).isFalse();
        new Select(browser.findElement(By.id("filter-status"))).selectByVisibleText("success");
        assertThat(browser.findElement(By.cssSelector("#tasks tr[data-task-id='" + task + "']")).isDisplayed()).isTrue();
        browser.findElement(By.id("filter-operation")).sendKeys("vappDeploy");
        assertThat(browser.findElement(By.cssSelector("#tasks tr[data-task-id='" + task + "']")).isDisplayed()).isFalse();
    }

    @Test
    void anAdministratorApprovesABlockingTaskAndTheTenantsTaskFinishes() {
        assertThat(admin.put("/api/admin/extension/settings/blockingTask/operations",
                "application/vnd.vmware.admin.taskOperationList+xml", "<BlockingTaskOperations xmlns=\"" + Http.NS
                        + "\"><Operation>catalogCreateCatalog</Operation></BlockingTaskOperations>").status)
                .isEqualTo(200);
        logIn("administrator", "System", Config.DEFAULT_ADMIN_PASSWORD);
        tab("blocking");

        Http.Res created = createCatalog("needs-approval");
        String task = taskOf(created);
        By row = By.cssSelector("#blocking tbody tr");
        until(row);
        assertThat(text(row, "operation")).isEqualTo("catalogCreateCatalog");
        assertThat(text(row, "object")).isEqualTo("needs-approval");
        assertThat(text(row, "org")).isEqualTo("acme");
        waiting().until(d -> !text(row, "requester").isEmpty());
        assertThat(text(row, "requester")).isEqualTo("acmeadmin");
        assertThat(text(row, "left")).matches("\\d+h \\d+m \\d+s"); // five days by default
        assertThat(tenant.get("/api/task/" + task).attr("status")).isEqualTo("preRunning");
        screenshot("blocking");

        click(row, "button.resume");
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Blocking task resumed."));
        assertThat(tenant.awaitTask(created).attr("status")).isEqualTo("success");
        until(By.id("blocking-empty"));
        waiting().until(d -> browser.findElement(By.id("blocking-empty")).isDisplayed());
        tab("tasks");
        statusBecomes(task, "success");
    }

    @Test
    void theNotificationsAreThoseTheBrokerGot() throws Exception {
        String unheard = taskOf(createCatalog("unheard")); // before any broker is set
        tenant.awaitTask(tenant.get("/api/task/" + unheard));
        try (Broker broker = Broker.start()) {
            assertThat(admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                    broker.amqpSettings()).status).isEqualTo(200);
            logIn("administrator", "System", Config.DEFAULT_ADMIN_PASSWORD);
            String task = taskOf(createCatalog("announced"));
            tenant.awaitTask(tenant.get("/api/task/" + task));
            tab("notifications");
            waiting().until(d -> fact("connected").equals("yes")
                    && !browser.findElements(By.xpath("//table[@id='notifications']//tr[@data-delivery='SENT']"
                    + "/td[@class='key'][contains(., '" + task + ".') and contains(., 'task.complete')]")).isEmpty());
            String where = "127.0.0.1:" + broker.port() + " (exchange systemExchange)";
            waiting().withMessage("the broker's address and an empty backlog")
                    .until(d -> fact("broker").equals(where) && fact("backlog").equals("0 events"));
            // the table is drawn again every two seconds: each step finds what it reads anew
            By complete = By.xpath("//table[@id='notifications']//tr[td[@class='key'][contains(., '" + task
                    + ".') and contains(., 'task.complete')]]");
            String seq = waiting().until(d -> d.findElement(complete).getDomAttribute("data-seq"));
            waiting().until(d -> {
                d.findElement(complete).click(); // shows the message as the broker got it
                return true;
            });
            By body = By.cssSelector("#notifications tr.body[data-seq='" + seq + "'] pre");
            String message = waiting().until(d -> d.findElement(body).isDisplayed() ? d.findElement(body).getText()
                    : null);
            screenshot("notifications");
            // what happened before the broker was set was read and passed over
            By unheardDelivery = By.xpath("//table[@id='notifications']//tr[td[@class='key'][contains(., '" + unheard
                    + ".') and contains(., 'task.complete')]]/td[@class='delivery']");
            String delivery = waiting().until(d -> d.findElement(unheardDelivery).getText());
            assertThat(delivery).isEqualTo("not sent (no broker set)");
            assertThat(message).contains("\"task\": \"urn:vcloud:task:" + task + "\"")
                    .contains("\"type\": \"com/vmware/vcloud/event/task/complete\"");
        } finally {
            admin.put("/api/admin/extension/settings/amqp", "application/vnd.vmware.admin.amqpSettings+xml",
                    "<vmext:AmqpSettings xmlns:vmext=\"" + Http.VMEXT + "\"><vmext:AmqpHost></vmext:AmqpHost>"
                            + "</vmext:AmqpSettings>");
        }
    }

    @Test
    void anAdministratorEditsTheSimulationAndABadEditChangesNothing() {
        logIn("administrator", "System", Config.DEFAULT_ADMIN_PASSWORD);
        tab("simulation");
        WebElement settings = browser.findElement(By.id("simulation-settings"));
        waiting().until(d -> settings.getDomProperty("value").contains("durations"));

        setValue(settings, "{\"durations\": {\"vappDeploy\": \"PT3S\"}, \"failures\": [{\"operationName\": "
                + "\"catalogDelete\", \"probability\": 1.0, \"message\": \"disk on fire\"}]}");
        browser.findElement(By.id("simulation-save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Simulation settings saved."));
        Http.Res saved = admin.get("/api/vcdsim/simulation");
        assertThat(saved.json().at("/durations/vappDeploy").asText()).isEqualTo("PT3S");
        assertThat(saved.json().at("/failures/0/message").asText()).isEqualTo("disk on fire");
        screenshot("simulation");

        setValue(settings, "{\"durations\": {\"vappDeploy\": \"three seconds\"}}");
        browser.findElement(By.id("simulation-save")).click();
        waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("message"),
                "Not saved:"));
        assertThat(browser.findElement(By.id("message")).getText()).contains("three seconds");
        assertThat(admin.get("/api/vcdsim/simulation").json().at("/durations/vappDeploy").asText()).isEqualTo("PT3S");
        assertThat(admin.put("/api/vcdsim/simulation", "application/json", "{}").status).isEqualTo(200);
    }

    @Test
    void aTenantSeesItsOwnOrgsTasksOnlyHasNoAdministratorPagesAndCancelsItsTask() {
        Http.Res foreign = Sim.createCatalog(admin, "system-only"); // a task of the System org
        logIn("acmeadmin", "acme", Config.DEFAULT_TENANT_PASSWORD);
        for (String tab : List.of("blocking", "notifications", "simulation")) {
            assertThat(browser.findElement(By.cssSelector("nav button[data-tab='" + tab + "']")).isDisplayed())
                    .as(tab).isFalse();
        }
        String task = taskOf(createCatalog("to-cancel"));
        By row = By.cssSelector("#tasks tr[data-task-id='" + task + "']");
        waiting().until(d -> !d.findElement(row).findElements(By.cssSelector("button.cancel")).isEmpty());
        click(row, "button.cancel");
        statusBecomes(task, "canceled");
        assertThat(tenant.get("/api/task/" + task).attr("status")).isEqualTo("canceled");
        assertThat(browser.findElements(By.cssSelector("#tasks tr[data-task-id='" + taskOf(foreign) + "']")))
                .isEmpty();
        assertThat(admin.awaitTask(foreign).attr("status")).isEqualTo("success");
    }

    // ---- helpers ----

    /**
     * With {@code -Dconsole.screenshots=docs} the tests save what the browser shows there: the README's
     * screenshots are made by {@code mvn test -Dtest=ConsoleBrowserTest -Dconsole.screenshots=docs}.
     */
    private static void screenshot(String name) {
        String dir = System.getProperty("console.screenshots");
        if (dir == null) {
            return;
        }
        try {
            Path to = Path.of(dir).resolve("console-" + name + ".png");
            Files.createDirectories(to.getParent());
            Files.write(to, ((TakesScreenshot) browser)
                    .getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void logIn(String user, String org, String password) {
        browser.findElement(By.id("login-user")).sendKeys(user);
        WebElement orgField = browser.findElement(By.id("login-org"));
        orgField.clear();
        orgField.sendKeys(org);
        browser.findElement(By.id("login-password")).sendKeys(password);
        browser.findElement(By.id("login-submit")).click();
        // the live feed is connected before the task list is read
        waiting().until(ExpectedConditions.textToBe(By.id("live"), "live"));
    }

    private static void tab(String name) {
        browser.findElement(By.cssSelector("nav button[data-tab='" + name + "']")).click();
    }

    private static Http.Res createCatalog(String name) {
        String org = tenant.get("/api/session").link("down", "application/vnd.vmware.vcloud.org+xml");
        Http.Res created = tenant.post(tenant.get(org).link("add", ADMIN_CATALOG), ADMIN_CATALOG,
                "<AdminCatalog xmlns=\"" + Http.NS + "\" name=\"" + name + "\"/>");
        assertThat(created.status).as(created.body).isEqualTo(201);
        return created;
    }

    private static String taskOf(Http.Res created) {
        String href = Http.Res.children(created.child("Tasks"), "Task").get(0).getAttribute("href");
        return href.substring(href.lastIndexOf('/') + 1);
    }

    private static WebElement until(By by) {
        return waiting().until(ExpectedConditions.presenceOfElementLocated(by));
    }

    /**
     * A wait that looks again when the page replaced what it found: rows and their cells are redrawn as events come
     * (a found element may be gone by the time it is read).
     */
    private static WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(browser, WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A cell's text in the row the locator finds now. */
    private static String text(By row, String cellClass) {
        return waiting().until(d -> d.findElement(row).findElement(By.cssSelector("td." + cellClass)).getText());
    }

    private static void click(By row, String button) {
        waiting().until(d -> {
            d.findElement(row).findElement(By.cssSelector(button)).click();
            return true;
        });
    }

    private static void statusBecomes(String task, String status) {
        waiting().until(ExpectedConditions.attributeToBe(
                By.cssSelector("#tasks tr[data-task-id='" + task + "'] td.status"), "data-status", status));
    }

    private static String fact(String name) {
        try {
            List<WebElement> dd = browser.findElements(By.cssSelector("#broker dd[data-fact='" + name + "']"));
            return dd.isEmpty() ? "" : dd.get(0).getText();
        } catch (StaleElementReferenceException redrawn) {
            return "";
        }
    }

    private static void setValue(WebElement field, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, value);
    }
}
