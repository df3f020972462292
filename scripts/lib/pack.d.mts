/** A packed workspace package: the tarball's absolute path and the paths of the files it holds. */
export interface PackedPackage {
  tarball: string;
  files: string[];
}

/** The workspace packages, in the order they depend on each other. */
export declare const PACKAGES: readonly string[];

/** `npm pack`s every workspace package (their `dist/` must be built) into `destination`. */
export declare function packWorkspaces(destination: string): Promise<Record<string, PackedPackage>>;

/**
 * Makes `project` an npm project that depends on the given tarballs (and on `extra`
 * dependencies), then installs it outside the workspace.
 */
export declare function installTarballs(
  project: string,
  tarballs: string[],
  extra?: { dependencies?: Record<string, string>; devDependencies?: Record<string, string> },
): Promise<void>;
