package com.example.status;

public enum Status {
  ACTIVE,
  PAUSED
}
