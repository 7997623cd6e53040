package io.parley.shared.adapter.http;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Looks a host name up: the system resolver in production; tests pass one that answers what they need. */
@FunctionalInterface
public interface HostLookup {

    HostLookup SYSTEM = InetAddress::getAllByName;

    InetAddress[] lookUp(String host) throws UnknownHostException;
}
