package it.milano.levacivica.portal.interfaces.web;

import it.milano.levacivica.portal.application.PeopleService;
import it.milano.levacivica.portal.domain.people.Person;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

/**
 * A person chosen in a search field (the service years' volunteer and tutor): sent as the id, read back through
 * {@link PeopleService#get}, which only coordinators and administrators may call. A CDI bean ({@code @Dependent}:
 * beans.xml discovers annotated classes only), so that Faces injects it ({@code managed = true}).
 */
@Dependent
@FacesConverter(value = "personConverter", managed = true)
public class PersonConverter implements Converter<Person> {

    @Inject
    private PeopleService people;

    @Override
    public Person getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return people.get(Long.parseLong(value.strip()));
        } catch (RuntimeException e) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, FacesFeedback.text("serviceYear.person.unknown"), null));
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Person value) {
        return value == null || value.getId() == null ? "" : value.getId().toString();
    }
}
