/** Terminal emphasis, passed into renderers so they stay pure (identity functions when colour is off). */
export interface Style {
  title(text: string): string;
  heading(text: string): string;
  dim(text: string): string;
  accent(text: string): string;
  error(text: string): string;
  warning(text: string): string;
  success(text: string): string;
}

export const plainStyle: Style = {
  title: (t) => t,
  heading: (t) => t,
  dim: (t) => t,
  accent: (t) => t,
  error: (t) => t,
  warning: (t) => t,
  success: (t) => t,
};

/**
 * Colour only when asked and when the stream is a terminal that supports it. chalk is loaded only
 * then: its start-up (terminal and OS detection) would otherwise cost every piped run ~7 ms.
 */
export async function styleFor(stream: { isTTY?: boolean }, color: boolean, env: NodeJS.ProcessEnv): Promise<Style> {
  const disabled = !color || env.NO_COLOR === '1' || env.FORCE_COLOR === '0';
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  if (disabled || (!stream.isTTY && !forced)) return plainStyle;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level: 1 });
  return {
    title: (t) => chalk.bold.cyan(t),
    heading: (t) => chalk.bold(t),
    dim: (t) => chalk.dim(t),
    accent: (t) => chalk.cyan(t),
    error: (t) => chalk.red(t),
    warning: (t) => chalk.yellow(t),
    success: (t) => chalk.green(t),
  };
}
