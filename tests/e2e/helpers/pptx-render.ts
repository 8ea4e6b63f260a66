import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const SHOTS_DIR = '/tmp/shots-planner';

// The slides name Microsoft YaHei (Office ships it); on Linux LibreOffice would fall back to
// the much wider DejaVu Sans. Noto Sans CJK SC, which the export measured with, stands in.
const FONTS_CONF = `<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>Microsoft YaHei</family><prefer><family>Noto Sans CJK SC</family></prefer></alias>
</fontconfig>
`;

/**
 * Renders a PPTX with LibreOffice (PDF) and pdftoppm (one PNG per slide) into SHOTS_DIR, for a
 * person to look at. Returns the PNG paths. A private LibreOffice profile keeps parallel runs apart.
 */
export function renderPptx(name: string, bytes: Buffer): string[] {
  const work = mkdtempSync(join(tmpdir(), 'opschart-soffice-'));
  try {
    const pptx = join(work, `${name}.pptx`);
    writeFileSync(pptx, bytes);
    writeFileSync(join(work, 'fonts.conf'), FONTS_CONF);
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${work}/profile`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        work,
        pptx,
      ],
      {
        env: { ...process.env, FONTCONFIG_FILE: join(work, 'fonts.conf') },
        stdio: 'ignore',
        timeout: 120_000,
      },
    );
    mkdirSync(SHOTS_DIR, { recursive: true });
    for (const old of readdirSync(SHOTS_DIR)) if (old.startsWith(`${name}-`)) rmSync(join(SHOTS_DIR, old));
    execFileSync('pdftoppm', ['-png', '-r', '60', join(work, `${name}.pdf`), join(SHOTS_DIR, name)], {
      stdio: 'ignore',
      timeout: 120_000,
    });
    return readdirSync(SHOTS_DIR)
      .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.png'))
      .map((f) => join(SHOTS_DIR, f));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
