package io.wirewatch.alert;

import io.wirewatch.UserException;

/** No subscription has the id a request named. */
public final class UnknownSubscriptionException extends UserException {
  private static final long serialVersionUID = 1L;
  private final String id;

  public UnknownSubscriptionException(String id) {
    super("no subscription with id \"" + id + "\": list the ids with GET /api/subscriptions or"
        + " `wirewatch subscriptions list`");
    this.id = id;
  }

  /** The id that was asked for. */
  public String id() {
    return id;
  }
}
