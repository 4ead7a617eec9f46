package app.dossier.feed;

import java.security.GeneralSecurityException;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * The platform's TLS, made at the first secure connection instead of when the HTTP client is made.
 * Making a TLS context loads the security providers, works out every cipher suite, named group and
 * signature scheme, and reads the whole trust store: about 0.3 s of CPU at the start of every
 * command that fetches, although a refresh of feeds served over plain HTTP never needs any of it.
 * This context forwards every call to a standard {@code TLS} context with the platform's trust (the
 * JDK's trust store, or {@code javax.net.ssl.trustStore} when set) and no client certificate, made
 * on first use; every check is that context's own, host-name verification included (the client
 * asks for it). {@link #parameters()} leaves every choice to that context: given none, the client
 * would ask for the default parameters, and so make the context, when it is built.
 */
final class DeferredTls extends SSLContext {

    private final Spi spi;

    private DeferredTls(Spi spi) {
        super(spi, null, "TLS");
        this.spi = spi;
    }

    static DeferredTls create() {
        return new DeferredTls(new Spi());
    }

    /** Parameters for the client that fix no suite, protocol or name: the engine's own defaults apply. */
    static SSLParameters parameters() {
        return new SSLParameters();
    }

    /** Whether the real context has been made, i.e. whether a secure connection was attempted. */
    boolean isMade() {
        return spi.made != null;
    }

    private static final class Spi extends SSLContextSpi {
        private volatile SSLContext made;

        private SSLContext real() {
            SSLContext c = made;
            if (c == null) {
                synchronized (this) {
                    c = made;
                    if (c == null) {
                        c = make();
                        made = c;
                    }
                }
            }
            return c;
        }

        private static SSLContext make() {
            try {
                SSLContext c = SSLContext.getInstance("TLS");
                c.init(null, null, null);
                return c;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("no TLS support in this Java runtime: " + e.getMessage(), e);
            }
        }

        @Override
        protected void engineInit(KeyManager[] keys, TrustManager[] trust, SecureRandom random)
                throws KeyManagementException {
            throw new KeyManagementException("this context is set up when first used");
        }

        @Override
        protected SSLSocketFactory engineGetSocketFactory() {
            return real().getSocketFactory();
        }

        @Override
        protected SSLServerSocketFactory engineGetServerSocketFactory() {
            return real().getServerSocketFactory();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine() {
            return real().createSSLEngine();
        }

        @Override
        protected SSLEngine engineCreateSSLEngine(String host, int port) {
            return real().createSSLEngine(host, port);
        }

        @Override
        protected SSLSessionContext engineGetServerSessionContext() {
            return real().getServerSessionContext();
        }

        @Override
        protected SSLSessionContext engineGetClientSessionContext() {
            return real().getClientSessionContext();
        }

        @Override
        protected SSLParameters engineGetDefaultSSLParameters() {
            return real().getDefaultSSLParameters();
        }

        @Override
        protected SSLParameters engineGetSupportedSSLParameters() {
            return real().getSupportedSSLParameters();
        }
    }
}
