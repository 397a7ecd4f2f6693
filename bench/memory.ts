const MB = 1024 * 1024;

export const megabytes = (bytes: number): number => bytes / MB;

/**
 * Peak resident memory from now until `stop()`: sampled on an interval, and the kernel's own high-water mark
 * (which can only overstate the peak of this window, never miss one between samples).
 */
export function watchRss(intervalMs = 10): { stop(): number } {
	let peak = process.memoryUsage.rss();
	const timer = setInterval(() => {
		peak = Math.max(peak, process.memoryUsage.rss());
	}, intervalMs);
	return {
		stop() {
			clearInterval(timer);
			return Math.max(peak, process.memoryUsage.rss(), process.resourceUsage().maxRSS * 1024);
		},
	};
}
