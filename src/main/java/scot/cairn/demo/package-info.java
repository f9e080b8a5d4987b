/**
 * Demo data: the organisations and the ten 2009 pilots from the source material, the Falkirk foster-care PSP, demo
 * accounts, and on request many generated partnerships for load tests. Nothing depends on this module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package scot.cairn.demo;
