package org.echolab.server;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}: the jar's implementation version, if packaged. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"echo-server " + (version != null ? version : "dev")};
    }
}
