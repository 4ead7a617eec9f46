package app.dossier.feed;

import java.net.Socket;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The platform's trust in server certificates, loaded at the first secure connection instead of
 * when the HTTP client is made. The JDK's default TLS context reads and parses the whole trust
 * store (about 150 certificates, a fifth of a second of a command's start-up here) as soon as a
 * client exists, although a refresh of feeds served over plain HTTP, or one that only reads the
 * library, never needs it. Every check is the platform trust manager's own, host name verification
 * included (the client asks for it and the manager performs it); nothing is relaxed.
 */
final class DeferredTrust extends X509ExtendedTrustManager {

    private volatile X509ExtendedTrustManager platform;

    /** A TLS context that trusts what the platform trusts, with no client certificate. */
    static SSLContext context() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new DeferredTrust()}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no TLS support in this Java runtime: " + e.getMessage(), e);
        }
    }

    /** The platform's trust manager, made on first use. */
    X509ExtendedTrustManager platform() throws CertificateException {
        X509ExtendedTrustManager m = platform;
        if (m == null) {
            synchronized (this) {
                m = platform;
                if (m == null) {
                    m = load();
                    platform = m;
                }
            }
        }
        return m;
    }

    private static X509ExtendedTrustManager load() throws CertificateException {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null); // the platform trust store, or javax.net.ssl.trustStore when set
            for (TrustManager m : factory.getTrustManagers()) {
                if (m instanceof X509ExtendedTrustManager x) {
                    return x;
                }
            }
            throw new CertificateException("the Java runtime offers no certificate trust manager");
        } catch (GeneralSecurityException e) {
            throw new CertificateException("cannot read the trusted certificates: " + e.getMessage(), e);
        }
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        platform().checkServerTrusted(chain, authType, engine);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        platform().checkServerTrusted(chain, authType, socket);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform().checkServerTrusted(chain, authType);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
            throws CertificateException {
        platform().checkClientTrusted(chain, authType, engine);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
            throws CertificateException {
        platform().checkClientTrusted(chain, authType, socket);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        platform().checkClientTrusted(chain, authType);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        try {
            return platform().getAcceptedIssuers();
        } catch (CertificateException e) {
            return new X509Certificate[0]; // nothing trusted: every server check fails as well
        }
    }
}
