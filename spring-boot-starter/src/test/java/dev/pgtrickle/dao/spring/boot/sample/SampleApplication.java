package dev.pgtrickle.dao.spring.boot.sample;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The sample application: records, a repository and a read-only REST endpoint, and nothing that
 * wires a DAO; the starter does.
 */
@SpringBootApplication
public class SampleApplication {}
