package org.esafety.policy;

/** Whether concerns about the headteacher always go to the LADO or follow the harm threshold (§3.5). */
public enum HeadteacherConcerns { ALWAYS_LADO, HARM_THRESHOLD }
