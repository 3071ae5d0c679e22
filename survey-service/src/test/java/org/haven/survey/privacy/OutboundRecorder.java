package org.haven.survey.privacy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Records every destination the JVM's HTTP clients are about to connect to (java.net's URL connections and
 * HttpClient both ask the default ProxySelector first), so a test can prove nothing phones home.
 */
final class OutboundRecorder extends ProxySelector {

    private final ProxySelector previous;
    private final List<URI> remote = new CopyOnWriteArrayList<>();

    private OutboundRecorder(ProxySelector previous) {
        this.previous = previous;
    }

    static OutboundRecorder install() {
        OutboundRecorder recorder = new OutboundRecorder(ProxySelector.getDefault());
        ProxySelector.setDefault(recorder);
        return recorder;
    }

    void uninstall() {
        ProxySelector.setDefault(previous);
    }

    List<URI> remoteDestinations() {
        return List.copyOf(remote);
    }

    @Override
    public List<Proxy> select(URI uri) {
        if (!loopback(uri.getHost())) {
            remote.add(uri);
        }
        return List.of(Proxy.NO_PROXY);
    }

    @Override
    public void connectFailed(URI uri, SocketAddress address, IOException failure) {
        // nothing to do: only the attempt matters
    }

    private static boolean loopback(String host) {
        if (host == null) {
            return true;
        }
        try {
            return host.equals("localhost") || InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
