/**
 * `npm run scan`: n8n's verification scanner (`@n8n/scan-community-package`, pinned in scripts/scan/package-lock.json)
 * on this package, as n8n runs it before it verifies a community node:
 *
 * 1. the source: `analyzePackage(repo, SOURCE_FILE_PATTERNS)` (package.json, nodes/ and credentials/);
 * 2. the published files: the package is built and packed with `npm pack`, the tarball unpacked, and
 *    `analyzePackage(unpacked)` lints every .js, .ts (.d.ts included) and .json in it.
 *
 * Prints the findings of both and exits 1 when either has one.
 *
 * The scanner is not a devDependency: one of its dependencies has a pnpm-only install script, so it installs only
 * with `--ignore-scripts`, which `npm ci` of this repo must not need. It is installed once (about 30 s) with
 * `npm ci --ignore-scripts` from scripts/scan/package-lock.json into a cache folder outside the repo, keyed by that
 * lock file's hash: `$N8N_SCAN_CACHE`, else `$XDG_CACHE_HOME` or `~/.cache`, then `n8n-nodes-seam-scan/`.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const repoRoot = resolve(__dirname, '..', '..');
const scannerManifest = __dirname;

interface AnalysisResult {
	passed: boolean;
	message?: string;
	details?: string;
}

interface Scanner {
	analyzePackage(packageDir: string, filePatterns?: string[]): Promise<AnalysisResult>;
	SOURCE_FILE_PATTERNS: string[];
}

function run(command: string, args: string[], options: SpawnSyncOptions = {}): string {
	const result = spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
	if (result.status !== 0) {
		throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${String(result.stdout)}\n${String(result.stderr)}`);
	}
	return String(result.stdout);
}

/** The scanner's folder in the cache, installed from the pinned lock file when missing. */
function installScanner(): string {
	const lock = readFileSync(join(scannerManifest, 'package-lock.json'));
	const version = (JSON.parse(readFileSync(join(scannerManifest, 'package.json'), 'utf8')) as { dependencies: Record<string, string> })
		.dependencies['@n8n/scan-community-package'];
	const cacheRoot = process.env.N8N_SCAN_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'n8n-nodes-seam-scan');
	const folder = join(cacheRoot, `scan-community-package-${version}-${createHash('sha256').update(lock).digest('hex').slice(0, 12)}`);
	if (existsSync(join(folder, '.complete'))) return folder;

	console.log(`Installing @n8n/scan-community-package@${version} into ${folder} (one time, about 30 s)...`);
	mkdirSync(cacheRoot, { recursive: true });
	// Installed beside the final folder and renamed into place, so that a concurrent or interrupted run never
	// leaves a half-installed scanner behind.
	const staging = mkdtempSync(join(cacheRoot, '.installing-'));
	try {
		copyFileSync(join(scannerManifest, 'package.json'), join(staging, 'package.json'));
		copyFileSync(join(scannerManifest, 'package-lock.json'), join(staging, 'package-lock.json'));
		run('npm', ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: staging });
		writeFileSync(join(staging, '.complete'), `${new Date().toISOString()}\n`);
		if (!existsSync(join(folder, '.complete'))) {
			rmSync(folder, { recursive: true, force: true });
			renameSync(staging, folder);
		}
	} finally {
		rmSync(staging, { recursive: true, force: true });
	}
	return folder;
}

/** Builds and packs the package; returns the folder the tarball unpacks into (`package/`). */
function packAndUnpack(work: string): string {
	run('npm', ['run', 'build'], { cwd: repoRoot });
	const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], { cwd: repoRoot })) as Array<{
		filename: string;
	}>;
	run('tar', ['-xzf', join(work, filename), '-C', work]);
	return join(work, 'package');
}

/** Prints one scan's result; file paths are shown relative to the scanned folder (`folder` is its display name). */
function report(label: string, result: AnalysisResult, scanned: string, folder: string): boolean {
	if (result.passed) {
		console.log(`✓ ${label}: no findings`);
		return true;
	}
	console.log(`✗ ${label}: ${result.message ?? 'failed'}`);
	if (result.details) console.log(result.details.split(`${scanned}/`).join(folder).trimEnd());
	return false;
}

async function main(): Promise<void> {
	const scannerFolder = installScanner();
	const scannerModule = join(scannerFolder, 'node_modules', '@n8n', 'scan-community-package', 'scanner', 'scanner.mjs');
	const scanner = (await import(pathToFileURL(scannerModule).href)) as Scanner;

	const work = mkdtempSync(join(tmpdir(), 'seam-scan-'));
	try {
		const source = await scanner.analyzePackage(repoRoot, scanner.SOURCE_FILE_PATTERNS);
		const sourcePassed = report('source (package.json, nodes/, credentials/)', source, repoRoot, '');
		const unpacked = packAndUnpack(work);
		const tarball = await scanner.analyzePackage(unpacked);
		const tarballPassed = report('npm pack tarball (every .js, .ts and .json it ships)', tarball, unpacked, 'tarball:');
		process.exitCode = sourcePassed && tarballPassed ? 0 : 1;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}

main().catch((error: unknown) => {
	console.error(error);
	process.exitCode = 1;
});
