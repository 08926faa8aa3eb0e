package io.github.whatsappstarter.ratelimit.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A {@link GridMemberProcess} (or another main class that prints {@code READY <member uuid>})
 * started as a child JVM of the test: waits for its {@code READY} line and keeps draining its
 * output so it never blocks on a full pipe.
 *
 * @author whatsapp-spring-boot-starter
 * @since 0.2.0
 */
public final class ChildMember {

	private final Process process;

	private final UUID uuid;

	private ChildMember(Process process, UUID uuid) {
		this.process = process;
		this.uuid = uuid;
	}

	/**
	 * Starts a member of the given loopback cluster in a child JVM and waits until it is ready.
	 * @param clusterName the cluster name
	 * @param port the cluster's first port
	 * @return the running member
	 * @throws IOException if the JVM cannot be started
	 */
	static ChildMember start(String clusterName, int port) throws IOException {
		return start(GridMemberProcess.class, clusterName, String.valueOf(port));
	}

	/**
	 * Starts a main class in a child JVM with the test's class path and waits until it prints
	 * {@code READY <member uuid>}.
	 * @param main the main class
	 * @param args its arguments
	 * @return the running process
	 * @throws IOException if the JVM cannot be started
	 */
	public static ChildMember start(Class<?> main, String... args) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(
				List.of(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command);
		builder.redirectErrorStream(true);
		Process process = builder.start();
		BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
		String ready = CompletableFuture.supplyAsync(() -> {
			try {
				String line;
				while ((line = out.readLine()) != null) {
					if (line.startsWith("READY ")) {
						return line.substring("READY ".length()).trim();
					}
				}
				return null;
			}
			catch (IOException ex) {
				return null;
			}
		}).completeOnTimeout(null, 60, TimeUnit.SECONDS).join();
		if (ready == null) {
			process.destroyForcibly();
		}
		assertThat(ready).as("the child member started").isNotNull();
		CompletableFuture.runAsync(() -> {
			try {
				while (out.readLine() != null) {
					// discard
				}
			}
			catch (IOException ex) {
				// the child is gone
			}
		});
		return new ChildMember(process, UUID.fromString(ready));
	}

	/**
	 * Returns the member's uuid.
	 * @return the uuid
	 */
	public UUID uuid() {
		return this.uuid;
	}

	/**
	 * Returns the process.
	 * @return the process
	 */
	public Process process() {
		return this.process;
	}

	/**
	 * Sends a signal with kill(1), e.g. {@code STOP} or {@code CONT}, if the process still runs.
	 * @param signal the signal name
	 * @throws Exception if kill(1) cannot be run
	 */
	public void signal(String signal) throws Exception {
		if (this.process.isAlive()) {
			new ProcessBuilder("kill", "-" + signal, String.valueOf(this.process.pid())).start()
				.waitFor(5, TimeUnit.SECONDS);
		}
	}

	/**
	 * Kills the process (SIGKILL) and waits for it to end.
	 * @throws InterruptedException if interrupted while waiting
	 */
	public void kill() throws InterruptedException {
		this.process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
	}

}
